package cn.civicservices.certification;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Certification")
@Description("One qualification certification.")
public record CertificationRecord(
        @Description("How it was done.") @NonNull Channel channel,
        @Description("When.") @NonNull OffsetDateTime certifiedAt,
        @Description("Last day it is valid.") @NonNull LocalDate validUntil) {
}

package cn.civicservices.certification;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CertificationStatus")
@Description("The yearly qualification certification (养老保险待遇资格认证) of a pensioner as of today.")
public record CertificationStatus(
        @Description("Where it stands.") @NonNull CertificationState state,
        @Description("Last day the current certification is valid; null if never certified.") LocalDate validUntil,
        @Description("Days left until it lapses (0 on the last day, negative once lapsed); null if never certified.") Integer daysLeft,
        @Description("When the person was last certified.") OffsetDateTime lastCertifiedAt,
        @Description("How the person was last certified.") Channel lastChannel,
        @Description("Since when payment is suspended for lack of certification; null if it is not.") LocalDate paymentSuspendedSince,
        @Description("One sentence for the person, in their language.") @NonNull String summary) {
}

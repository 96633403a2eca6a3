package cn.civicservices.visit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import cn.civicservices.certification.BackPay;
import cn.civicservices.certification.CertificationRecord;

@Type("HomeVisitRecordPayload")
@Description("The visit as stored, with the certification it made, or why it was refused.")
public record HomeVisitRecordPayload(
        @Description("Whether the record was stored now, had been received before, or was refused.") @NonNull SyncStatus status,
        @Description("The visit as stored (also when it was received before); null when refused.") HomeVisit homeVisit,
        @Description("The certification this visit made (outcome CERTIFIED); null otherwise.") CertificationRecord certification,
        @Description("Months back-paid because the certification resumed a suspended pension; null if none.") BackPay backPay,
        @Description("Why it was refused, or why it was stored for review only; empty otherwise.") @NonNull List<@NonNull HomeVisitError> userErrors) {
}

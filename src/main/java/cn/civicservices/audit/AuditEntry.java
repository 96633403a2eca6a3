package cn.civicservices.audit;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("AuditEntry")
@Description("One record of the audit trail: who read or changed whose personal data, when, through which operation.")
public record AuditEntry(
        @Description("The record's id.") @Id @NonNull String id,
        @Description("When, to the microsecond.") @NonNull OffsetDateTime at,
        @Description("Who: the token subject of the person, or a system actor (`system:...`).") @NonNull String actor,
        @Description("The actor's role: resident, worker, admin or system.") @NonNull String actorRole,
        @Description("The operation, e.g. READ_WORK_LIST, CERTIFIED_ASSISTED, PENSION_SUSPENDED_LAPSED.") @NonNull String action,
        @Description("The person whose data it was (a resident id); null for a record about nobody in particular.") @Id String residentId,
        @Description("That person's name.") String residentName,
        @Description("What else the record says (evidence, visit, filter), at most 500 characters.") String detail) {
}

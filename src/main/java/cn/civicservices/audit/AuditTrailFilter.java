package cn.civicservices.audit;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import cn.civicservices.common.ConstraintMessages;

@Input("AuditTrailFilter")
@Description("Which audit records to list; every criterion given must hold.")
public class AuditTrailFilter {

    @Id
    @Description("Only records about this person (a resident id). A person outside the jurisdiction, or an id "
            + "nobody has, lists nothing.")
    public String residentId;

    @Size(min = 1, max = 255, message = ConstraintMessages.AUDIT_ACTOR)
    @Description("Only records made by this actor: a token subject such as `worker1`, or a system actor such as "
            + "`system:certification-lapse` (1 to 255 characters).")
    public String actor;

    @Pattern(regexp = "[A-Z0-9_]{1,64}", message = ConstraintMessages.AUDIT_ACTION)
    @Description("Only records of this operation, e.g. `READ_WORK_LIST`, `CERTIFIED_SELF_SERVICE`, "
            + "`READ_AUDIT_TRAIL` (1 to 64 capital letters, digits or underscores).")
    public String action;

    @Description("Only records made at or after this instant.")
    public OffsetDateTime from;

    @Description("Only records made before this instant; after `from` when both are given.")
    public OffsetDateTime to;
}

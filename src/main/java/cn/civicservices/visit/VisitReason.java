package cn.civicservices.visit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("HomeVisitReason")
@Description("Why a worker should visit.")
public enum VisitReason {
    @Description("The face check failed, e.g. because the face changed after an illness.")
    FACE_CHECK_FAILED,
    @Description("The person is bedridden.")
    BEDRIDDEN,
    @Description("The person lives alone.")
    LIVES_ALONE,
    @Description("The person or a relative asked for a visit.")
    RESIDENT_REQUEST,
    @Description("A previous visit needs a follow-up.")
    FOLLOW_UP,
    @Description("Certification is due or overdue.")
    CERTIFICATION_DUE
}

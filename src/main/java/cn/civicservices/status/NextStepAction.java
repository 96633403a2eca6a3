package cn.civicservices.status;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("NextStepAction")
@Description("What the person should do next; the app shows the matching button.")
public enum NextStepAction {
    @Description("Nothing to do for now.")
    NONE,
    @Description("Do the face check in the app (certificationSubmitFaceCheck).")
    CERTIFY_IN_APP,
    @Description("Go to the service point, where staff help with certification.")
    VISIT_SERVICE_POINT,
    @Description("Ask a worker to come home (homeVisitRequest), e.g. when bedridden or when the face check fails.")
    REQUEST_HOME_VISIT,
    @Description("A home visit is already requested or scheduled: wait for the worker.")
    WAIT_FOR_HOME_VISIT
}

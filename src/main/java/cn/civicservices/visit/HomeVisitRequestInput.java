package cn.civicservices.visit;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("HomeVisitRequestInput")
@Description("A resident's (or their relative's) request for a worker to come home.")
public class HomeVisitRequestInput {

    @Id
    @NonNull
    @Description("A UUID the phone generates once per request and sends again on every retry.")
    public String clientId;

    @DefaultValue("FACE_CHECK_FAILED")
    @Description("Why the visit is needed.")
    public VisitReason reason;

    @DefaultValue("RESIDENT")
    @Description("Who is asking: the resident or a relative using the phone for them.")
    public RequestedBy requestedBy;

    @Description("Anything the worker should know, e.g. the best time to come (at most 500 characters).")
    public String note;
}

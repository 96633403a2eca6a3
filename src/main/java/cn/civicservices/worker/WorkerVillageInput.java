package cn.civicservices.worker;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("WorkerVillageInput")
@Description("A worker and a village of the administrator's jurisdiction.")
public class WorkerVillageInput {

    @Id
    @NonNull
    @Description("The worker, as listed by workerWorkload.")
    public String workerId;

    @NonNull
    @Description("The village or community: a 12-digit code inside the jurisdiction.")
    public String villageCode;

    @DefaultValue("false")
    @Description("Assigning only: when the village has another worker, take it from them in the same step (false: "
            + "refuse with VILLAGE_ASSIGNED). Ignored when unassigning.")
    public boolean replaceCurrent;
}

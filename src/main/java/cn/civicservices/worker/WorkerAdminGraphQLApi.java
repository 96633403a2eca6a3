package cn.civicservices.worker;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import cn.civicservices.common.Caller;
import cn.civicservices.common.GraphQLLimits;
import cn.civicservices.common.PageRequest;

/** The administrator's view of the workers of their jurisdiction: villages and workload. Admin token. */
@GraphQLApi
public class WorkerAdminGraphQLApi {

    @Inject
    WorkerAdministration administration;

    @Inject
    Caller caller;

    @Inject
    GraphQLLimits limits;

    @Query("workerWorkload")
    @Description("The workers of the administrator's jurisdiction, most loaded first (people due or overdue in the "
            + "villages they serve, open visits, visits waiting for review), then by id. Admin token; resident and "
            + "worker tokens get FORBIDDEN.")
    public @NonNull WorkerWorkloadConnection workerWorkload(
            @Name("first") @Description(PageRequest.FIRST) Integer first,
            @Name("after") @Description(PageRequest.AFTER) String after,
            @Name("last") @Description(PageRequest.LAST) Integer last,
            @Name("before") @Description(PageRequest.BEFORE) String before) {
        var jurisdiction = caller.requireAdmin();
        return WorkerWorkloadConnection.of(
                administration.workload(jurisdiction, PageRequest.of(first, after, last, before, limits)));
    }

    @Mutation("workerAssignVillage")
    @Description("Assigns a village of the jurisdiction to a worker of the jurisdiction. A village has one worker "
            + "at a time: when it has another, the answer is VILLAGE_ASSIGNED, unless replaceCurrent takes it from "
            + "them in the same step. Assigning again what is assigned changes nothing. Audited. Admin token.")
    public @NonNull WorkerAssignmentPayload workerAssignVillage(@Name("input") @NonNull WorkerVillageInput input) {
        var jurisdiction = caller.requireAdmin();
        try {
            return administration.assign(jurisdiction, input);
        } catch (WorkerAdministration.Reassigned lost) {
            return lost.payload();
        }
    }

    @Mutation("workerUnassignVillage")
    @Description("Takes a village from a worker; the village's township or county worker, if any, then serves it. "
            + "Taking it again changes nothing. Audited. Admin token.")
    public @NonNull WorkerAssignmentPayload workerUnassignVillage(@Name("input") @NonNull WorkerVillageInput input) {
        return administration.unassign(caller.requireAdmin(), input);
    }
}

package cn.civicservices.worker;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("WorkerAssignmentErrorCode")
@Description("Why a worker's village was not assigned or unassigned.")
public enum WorkerAssignmentErrorCode {
    @Description("No such worker in the administrator's jurisdiction (one outside it reads exactly like none).")
    WORKER_NOT_FOUND,
    @Description("Not a village or community (12-digit code) of the administrator's jurisdiction.")
    VILLAGE_NOT_FOUND,
    @Description("The village already has another worker (a village has one at a time); set replaceCurrent to "
            + "reassign it. Also the answer to the second of two administrators assigning the same village at once.")
    VILLAGE_ASSIGNED,
    @Description("The worker is no longer active.")
    WORKER_INACTIVE
}

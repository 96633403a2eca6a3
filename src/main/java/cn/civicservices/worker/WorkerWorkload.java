package cn.civicservices.worker;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("WorkerWorkload")
@Description("A worker of the jurisdiction and what waits for them, to see who is overloaded.")
public record WorkerWorkload(
        @Id @Description("The worker's id, for workerAssignVillage and workerUnassignVillage.") @NonNull String workerId,
        @Description("Name.") @NonNull String name,
        @Description("Phone.") @NonNull String phone,
        @Description("Villages of the jurisdiction this worker serves (their own, or through a township or county "
                + "assignment where the village has no worker of its own).") @NonNull int villages,
        @Description("Pensioners of those villages whose certification is overdue or due within the policy's window "
                + "(30 days today), not deceased or reported deceased.") @NonNull int peopleDue,
        @Description("Home visits assigned to the worker and not done yet (requested or scheduled).") @NonNull int openVisits,
        @Description("Visits the worker recorded that wait for an administrator's review.") @NonNull int visitsForReview,
        @Description("peopleDue + openVisits + visitsForReview: the order of the list, most first.") @NonNull int load) {
}

package cn.civicservices.worker;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("WorkerAssignmentPayload")
@Description("Who serves the village after the change, or why nothing changed.")
public record WorkerAssignmentPayload(
        @Description("The village's code.") String villageCode,
        @Description("The worker assigned to the village now; null when it has none of its own (its township's or "
                + "county's worker, if any, serves it).") WorkerContact assignedWorker,
        @Description("The worker the village was taken from (replaceCurrent); null otherwise.") WorkerContact replacedWorker,
        @Description("Why nothing changed; empty when the change was made (or had been made before).")
        @NonNull List<@NonNull WorkerAssignmentError> userErrors) {

    static WorkerAssignmentPayload refused(WorkerAssignmentError error) {
        return new WorkerAssignmentPayload(null, null, null, List.of(error));
    }
}

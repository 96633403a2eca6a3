package cn.civicservices.worker;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("WorkerAssignmentError")
@Description("Why a worker's village was not assigned or unassigned.")
public record WorkerAssignmentError(
        @Description("Path to the input field at fault, e.g. [\"input\", \"villageCode\"].")
        @NonNull List<@NonNull String> field,
        @Description("What went wrong and what to do, in the caller's language.") @NonNull String message,
        @Description("Machine-readable reason.") @NonNull WorkerAssignmentErrorCode code) {

    static WorkerAssignmentError of(WorkerAssignmentErrorCode code, String message, String... field) {
        return new WorkerAssignmentError(List.of(field), message, code);
    }
}

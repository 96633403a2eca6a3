package cn.civicservices.common;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("UserError")
@Description("Why a mutation did not do what was asked. The mutation changed nothing when it returns user errors.")
public record UserError(
        @Description("Path to the input field at fault, e.g. [\"input\", \"faceCheckResult\"]; empty when the whole request is at fault.")
        @NonNull List<@NonNull String> field,
        @Description("What went wrong and what to do, in the caller's language.") @NonNull String message,
        @Description("Machine-readable reason.") @NonNull UserErrorCode code) {

    public static UserError of(UserErrorCode code, String message, String... field) {
        return new UserError(List.of(field), message, code);
    }
}

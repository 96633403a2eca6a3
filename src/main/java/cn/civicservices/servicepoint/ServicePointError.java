package cn.civicservices.servicepoint;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ServicePointError")
@Description("Why a change of a service point was refused.")
public record ServicePointError(
        @Description("Path to the input field at fault, e.g. [\"input\", \"phone\"]; empty when the whole request is at fault.")
        @NonNull List<@NonNull String> field,
        @Description("What went wrong and what to do, in the caller's language.") @NonNull String message,
        @Description("Machine-readable reason.") @NonNull ServicePointErrorCode code) {

    static ServicePointError of(ServicePointErrorCode code, String message, String... field) {
        return new ServicePointError(List.of(field), message, code);
    }
}

package cn.civicservices.visit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("HomeVisitError")
@Description("Why a home-visit request, schedule or record was refused, or why a record was stored only for review.")
public record HomeVisitError(
        @Description("Path to the input field at fault, e.g. [\"input\", \"clientId\"]; empty when the whole request is at fault.")
        @NonNull List<@NonNull String> field,
        @Description("What went wrong and what to do, in the caller's language.") @NonNull String message,
        @Description("Machine-readable reason.") @NonNull HomeVisitErrorCode code) {

    public static HomeVisitError of(HomeVisitErrorCode code, String message, String... field) {
        return new HomeVisitError(List.of(field), message, code);
    }
}

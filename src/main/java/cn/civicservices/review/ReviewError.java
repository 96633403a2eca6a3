package cn.civicservices.review;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ReviewError")
@Description("Why an administrator's review decision was refused.")
public record ReviewError(
        @Description("Path to the input field at fault, e.g. [\"input\", \"residentId\"].")
        @NonNull List<@NonNull String> field,
        @Description("What went wrong, in the caller's language.") @NonNull String message,
        @Description("Machine-readable reason.") @NonNull ReviewErrorCode code) {

    static ReviewError of(ReviewErrorCode code, String message, String... field) {
        return new ReviewError(List.of(field), message, code);
    }
}

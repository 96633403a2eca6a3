package cn.civicservices.certification;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CertificationError")
@Description("Why a certification was refused. A refused certification changed nothing.")
public record CertificationError(
        @Description("Path to the input field at fault, e.g. [\"input\", \"faceCheckResult\"]; empty when the whole request is at fault.")
        @NonNull List<@NonNull String> field,
        @Description("What went wrong and what to do, in the caller's language.") @NonNull String message,
        @Description("Machine-readable reason.") @NonNull CertificationErrorCode code) {

    public static CertificationError of(CertificationErrorCode code, String message, String... field) {
        return new CertificationError(List.of(field), message, code);
    }
}

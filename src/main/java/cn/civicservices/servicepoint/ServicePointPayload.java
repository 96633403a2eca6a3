package cn.civicservices.servicepoint;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ServicePointPayload")
@Description("The service point as created, changed or closed, or why not.")
public record ServicePointPayload(
        @Description("The point after the change; null when refused.") ServicePoint servicePoint,
        @Description("Why nothing was changed; empty when the change was made (or had been made before).")
        @NonNull List<@NonNull ServicePointError> userErrors) {

    static ServicePointPayload refused(List<ServicePointError> errors) {
        return new ServicePointPayload(null, errors);
    }
}

package cn.civicservices.visit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("HomeVisitSchedulePayload")
@Description("The visit scheduled, or why not.")
public record HomeVisitSchedulePayload(
        @Description("The visit as scheduled; or the open visit that already exists (ALREADY_REQUESTED).") HomeVisit homeVisit,
        @Description("Why nothing was scheduled; empty when it was.") @NonNull List<@NonNull HomeVisitError> userErrors) {

    static HomeVisitSchedulePayload refused(HomeVisitError error) {
        return new HomeVisitSchedulePayload(null, List.of(error));
    }
}

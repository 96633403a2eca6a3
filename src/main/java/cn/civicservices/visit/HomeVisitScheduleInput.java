package cn.civicservices.visit;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import cn.civicservices.common.ConstraintMessages;
import org.eclipse.microprofile.graphql.NonNull;

@Input("HomeVisitScheduleInput")
@Description("A worker fixes the day of a visit: of a visit already asked for (visitId), or of a new one for a "
        + "resident of the worker's villages (residentId, reason and clientId).")
public class HomeVisitScheduleInput {

    @Id
    @Description("The visit to schedule (or schedule again), as asked for by the resident or assigned.")
    public String visitId;

    @Id
    @Description("For a new visit: the resident to visit.")
    public String residentId;

    @Description("For a new visit: why.")
    public VisitReason reason;

    @Id
    @Description("For a new visit: a UUID the phone generates once for it and sends again on every retry.")
    public String clientId;

    @NonNull
    @NotNull
    @ScheduleWindow
    @Description("The day the worker plans to come: from today to today + 90 days, in the county's calendar.")
    public LocalDate scheduledOn;

    @Size(max = HomeVisitService.MAX_NOTE, message = ConstraintMessages.VISIT_NOTE)
    @Description("Anything worth noting for the visit (at most 500 characters).")
    public String note;
}

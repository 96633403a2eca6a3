package cn.civicservices.visit;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import cn.civicservices.common.ChinaBounds;
import cn.civicservices.common.ConstraintMessages;
import org.eclipse.microprofile.graphql.NonNull;

@Input("HomeVisitRecordInput")
@Description("What came of a visit, as the worker logged it on the phone (possibly offline, sent later).")
public class HomeVisitRecordInput {

    static final String UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    @Id
    @NonNull
    @NotNull
    @Pattern(regexp = UUID, message = ConstraintMessages.VISIT_CLIENT_ID)
    @Description("A UUID the phone generates once for this record and sends again on every retry: a record is "
            + "stored once, however often it is sent.")
    public String clientId;

    @Id
    @Description("The visit this record completes, if it was requested or scheduled; without it, the resident's "
            + "open visit is completed, or a new visit is stored.")
    public String visitId;

    @Id
    @NonNull
    @NotNull
    @Description("The resident visited.")
    public String residentId;

    @Description("Why the visit was made, for a visit not requested or scheduled before (default CERTIFICATION_DUE).")
    public VisitReason reason;

    @NonNull
    @NotNull
    @Description("What came of it. CERTIFIED certifies the person (channel HOME_VISIT, the worker as witness); "
            + "REPORTED_DECEASED suspends the person's pensions pending an administrator's confirmation.")
    public VisitOutcome outcome;

    @NonNull
    @NotNull
    @VisitTime
    @Description("When the worker was there: from a year ago to now (5 minutes of clock difference allowed).")
    public OffsetDateTime visitedAt;

    @NonNull
    @NotNull
    @DecimalMin(value = ChinaBounds.MIN_LATITUDE, message = ConstraintMessages.VISIT_POSITION)
    @DecimalMax(value = ChinaBounds.MAX_LATITUDE, message = ConstraintMessages.VISIT_POSITION)
    @Description("Latitude of the phone at the visit, WGS-84 degrees, 3.8 to 53.6 (China).")
    public Double latitude;

    @NonNull
    @NotNull
    @DecimalMin(value = ChinaBounds.MIN_LONGITUDE, message = ConstraintMessages.VISIT_POSITION)
    @DecimalMax(value = ChinaBounds.MAX_LONGITUDE, message = ConstraintMessages.VISIT_POSITION)
    @Description("Longitude of the phone at the visit, WGS-84 degrees, 73.5 to 135.1 (China).")
    public Double longitude;

    @Size(max = HomeVisitService.MAX_NOTE, message = ConstraintMessages.VISIT_NOTE)
    @Description("The worker's note (at most 500 characters).")
    public String note;
}

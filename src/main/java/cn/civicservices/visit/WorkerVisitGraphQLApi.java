package cn.civicservices.visit;

import jakarta.inject.Inject;
import jakarta.validation.Valid;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import cn.civicservices.area.AreaCode;
import cn.civicservices.common.GraphQLLimits;
import cn.civicservices.common.PageRequest;

import cn.civicservices.common.Caller;
import cn.civicservices.common.ValidatedInput;

/**
 * The community worker's home visits: schedule, record, send what was logged offline, and look back on them.
 * Worker token.
 */
@GraphQLApi
@ValidatedInput
public class WorkerVisitGraphQLApi {

    @Inject
    WorkerVisitService service;

    @Inject
    Caller caller;

    @Inject
    GraphQLLimits limits;

    @Query("myRecordedVisits")
    @Description("The visits the caller recorded, most recent visit first, of the people of the villages the caller "
            + "covers, with whom each was about and whether it waits for review. Pages forward only. Worker token.")
    public @NonNull RecordedVisitConnection myRecordedVisits(
            @Name("villageCode") @AreaCode
            @Description("Only this village (12 digits); a village the caller does not cover lists nothing.")
            String villageCode,
            @Name("first") @Description(PageRequest.FIRST) Integer first,
            @Name("after") @Description(PageRequest.AFTER) String after) {
        long worker = caller.requireWorker();
        return RecordedVisitConnection.of(service.recorded(worker, villageCode,
                PageRequest.of(first, after, null, null, limits)));
    }

    @Mutation("homeVisitSchedule")
    @Description("Fixes the day of a visit asked for by one of the worker's residents (visitId), or schedules a new "
            + "one (residentId, reason, clientId; safe to retry). Only residents of the villages the worker covers; "
            + "any other answers NOT_FOUND, as if it did not exist. Worker token.")
    public @NonNull HomeVisitSchedulePayload homeVisitSchedule(@Name("input") @NonNull @Valid HomeVisitScheduleInput input) {
        return service.schedule(caller.requireWorker(), input);
    }

    @Mutation("homeVisitRecord")
    @Description("Records what came of a visit; stored once per clientId however often it is sent. CERTIFIED "
            + "certifies the person (channel HOME_VISIT; a suspended pension resumes with back-pay); "
            + "REPORTED_DECEASED suspends the person's pensions pending an administrator's confirmation. A record "
            + "that cannot take effect (certified meanwhile, or not certifiable) is stored and flagged for review. "
            + "Worker token.")
    public @NonNull HomeVisitRecordPayload homeVisitRecord(@Name("input") @NonNull @Valid HomeVisitRecordInput input) {
        return service.record(caller.requireWorker(), input);
    }

    @Mutation("homeVisitSync")
    @Description("Sends up to 200 records logged offline, in any order, as often as needed: one result per record, "
            + "in the order sent. Each record is stored or refused on its own; a record sent before answers "
            + "ALREADY_RECEIVED. Worker token.")
    public @NonNull HomeVisitSyncPayload homeVisitSync(@Name("input") @NonNull @Valid HomeVisitSyncInput input) {
        return service.sync(caller.requireWorker(), input.visits);
    }
}

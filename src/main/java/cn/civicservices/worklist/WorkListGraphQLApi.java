package cn.civicservices.worklist;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import cn.civicservices.area.AreaCode;
import cn.civicservices.common.Caller;
import cn.civicservices.common.GraphQLLimits;
import cn.civicservices.common.PageRequest;
import cn.civicservices.common.ValidatedInput;

/** The worker's day: whom to see, and everything for a day offline. Worker token. */
@GraphQLApi
@ValidatedInput
public class WorkListGraphQLApi {

    @Inject
    WorkListService service;

    @Inject
    Caller caller;

    @Inject
    GraphQLLimits limits;

    @Query("myWorkList")
    @Description("The people the caller should see, most urgent first: pensioners of the caller's villages whose "
            + "certification is overdue or due within `dueWithinDays`, and everyone there with an open home-visit "
            + "request. Pages forward only. Worker token.")
    public @NonNull WorkListConnection myWorkList(
            @Name("dueWithinDays") @DefaultValue("30") @Min(0) @Max(90)
            @Description("How far ahead to look for lapsing certifications, in days: 0 to 90.") int dueWithinDays,
            @Name("villageCode") @AreaCode
            @Description("Only this village (12 digits); a village the caller does not cover lists nobody.")
            String villageCode,
            @Name("first") @Description(PageRequest.FIRST) Integer first,
            @Name("after") @Description(PageRequest.AFTER) String after) {
        long worker = caller.requireWorker();
        return WorkListConnection.of(service.workList(worker, dueWithinDays, villageCode,
                PageRequest.of(first, after, null, null, limits)));
    }

    @Query("myFieldworkPackage")
    @Description("Everything for a day in the field without network: the whole work list, the caller's villages and "
            + "their service points, and a sync token. Given `since`, only what changed since that package: new "
            + "requests and lapses, and the people who left the list (e.g. certified meanwhile). Worker token.")
    public @NonNull FieldworkPackage myFieldworkPackage(
            @Name("dueWithinDays") @DefaultValue("30") @Min(0) @Max(90)
            @Description("How far ahead to look for lapsing certifications, in days: 0 to 90; the same as for the "
                    + "token given as `since`.") int dueWithinDays,
            @Name("since") @Size(max = 300)
            @Description("The sync token of an earlier package of the caller, to get only what changed since.")
            String since) {
        return service.fieldwork(caller.requireWorker(), dueWithinDays, since);
    }
}

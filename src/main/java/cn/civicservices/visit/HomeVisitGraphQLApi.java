package cn.civicservices.visit;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import cn.civicservices.common.Caller;
import cn.civicservices.common.GraphQLLimits;
import cn.civicservices.common.PageRequest;

@GraphQLApi
public class HomeVisitGraphQLApi {

    @Inject
    HomeVisitService service;

    @Inject
    Caller caller;

    @Inject
    GraphQLLimits limits;

    @Mutation("homeVisitRequest")
    @Description("Asks the village's worker to come home, e.g. when the face check fails after an illness. "
            + "Safe to retry with the same clientId. Resident token.")
    public @NonNull HomeVisitRequestPayload homeVisitRequest(@Name("input") @NonNull HomeVisitRequestInput input) {
        return service.request(caller.requireResident(), input);
    }

    @Query("myHomeVisits")
    @Description("The caller's home visits, newest first, with their state and the worker's phone. Resident token.")
    public @NonNull HomeVisitConnection myHomeVisits(
            @Name("first") @Description(PageRequest.FIRST) Integer first,
            @Name("after") @Description(PageRequest.AFTER) String after,
            @Name("last") @Description(PageRequest.LAST) Integer last,
            @Name("before") @Description(PageRequest.BEFORE) String before) {
        long resident = caller.requireResident();
        return HomeVisitConnection.of(service.ofResident(resident, PageRequest.of(first, after, last, before, limits)));
    }
}

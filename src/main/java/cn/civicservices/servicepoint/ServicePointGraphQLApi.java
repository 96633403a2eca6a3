package cn.civicservices.servicepoint;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import cn.civicservices.area.Area;
import cn.civicservices.area.AreaService;
import cn.civicservices.common.GraphQLLimits;
import cn.civicservices.common.PageRequest;

/** Service points: public information, no token needed, so a kiosk or a relative's phone can find one. */
@GraphQLApi
public class ServicePointGraphQLApi {

    @Inject
    ServicePointService service;

    @Inject
    AreaService areas;

    @Inject
    GraphQLLimits limits;

    @Query("servicePoint")
    @Description("One active service point by its code. NOT_FOUND when there is none.")
    public @NonNull ServicePoint servicePoint(@Name("code") @NonNull String code) {
        return service.get(code);
    }

    @Query("servicePoints")
    @Description("Active service points in an area and all areas below it (the whole list without areaCode).")
    public @NonNull ServicePointConnection servicePoints(
            @Name("areaCode") @Description("Official code of a province, city, county, township or village.") String areaCode,
            @Name("filter") ServicePointFilter filter,
            @Name("first") Integer first, @Name("after") String after,
            @Name("last") Integer last, @Name("before") String before) {
        return ServicePointConnection.of(
                service.inArea(areaCode, filter, PageRequest.of(first, after, last, before, limits)));
    }

    @Query("servicePointsNear")
    @Description("Active service points nearest first within a radius of a position, with the distance to each.")
    public @NonNull NearbyServicePointConnection servicePointsNear(
            @Name("near") @NonNull @Description("Where the person is.") GeoPointInput near,
            @Name("radiusKm") @DefaultValue("30") @Description("How far to look, in kilometres (at most 200).") double radiusKm,
            @Name("filter") ServicePointFilter filter,
            @Name("first") Integer first, @Name("after") String after) {
        return NearbyServicePointConnection.of(
                service.near(near, radiusKm, filter, PageRequest.of(first, after, null, null, limits)));
    }

    @Description("The village, community or township the point serves.")
    public List<@NonNull Area> area(@Source List<ServicePoint> points) {
        Map<String, Area> byCode = areas.byCodes(points.stream().map(ServicePoint::areaCode).toList());
        return points.stream().map(p -> byCode.get(p.areaCode())).toList();
    }
}

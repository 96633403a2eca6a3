package cn.civicservices.servicepoint;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import cn.civicservices.area.Area;
import cn.civicservices.area.AreaCode;
import cn.civicservices.area.AreaService;
import cn.civicservices.common.ConstraintMessages;
import cn.civicservices.common.GraphQLLimits;
import cn.civicservices.common.Lookahead;
import cn.civicservices.common.PageRequest;
import cn.civicservices.common.ValidatedInput;
import cn.civicservices.servicepoint.ServicePointService.WithArea;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/** Service points: public information, no token needed, so a kiosk or a relative's phone can find one. */
@GraphQLApi
@ValidatedInput
public class ServicePointGraphQLApi {

    @Inject
    ServicePointService service;

    @Inject
    AreaService areas;

    @Inject
    GraphQLLimits limits;

    @Inject
    Context context;

    @Query("servicePoint")
    @Description("One active service point by its code. NOT_FOUND when there is none.")
    public @NonNull ServicePoint servicePoint(@Name("code") @NonNull
            @Pattern(regexp = "[A-Za-z0-9]{1,20}", message = ConstraintMessages.SERVICE_POINT_CODE)
            @Description("Code of the point, e.g. SP140723100200: 1 to 20 letters or digits.") String code) {
        return service.get(code);
    }

    @Query("servicePoints")
    @Description("Active service points in an area and all areas below it (the whole list without areaCode).")
    public @NonNull ServicePointConnection servicePoints(
            @Name("areaCode") @AreaCode @Description("Official code of a province, city, county, township or village "
                    + "(2, 4, 6, 9 or 12 digits).") String areaCode,
            @Name("filter") @Valid ServicePointFilter filter,
            @Name("first") @Description(PageRequest.FIRST) Integer first,
            @Name("after") @Description(PageRequest.AFTER) String after,
            @Name("last") @Description(PageRequest.LAST) Integer last,
            @Name("before") @Description(PageRequest.BEFORE) String before) {
        return service.inArea(areaCode, filter, PageRequest.of(first, after, last, before, limits), areaAsked());
    }

    @Query("servicePointsNear")
    @Description("Active service points nearest first within a radius of a position, with the distance to each.")
    public @NonNull NearbyServicePointConnection servicePointsNear(
            @Name("near") @NonNull @Valid @Description("Where the person is.") GeoPointInput near,
            @Name("radiusKm") @DefaultValue("30")
            @DecimalMin(value = "0", inclusive = false, message = ConstraintMessages.RADIUS)
            @DecimalMax(value = ServicePointService.MAX_RADIUS_KM, message = ConstraintMessages.RADIUS)
            @Description("How far to look, in kilometres: more than 0, at most 200.") double radiusKm,
            @Name("filter") @Valid ServicePointFilter filter,
            @Name("first") @Description(PageRequest.FIRST) Integer first,
            @Name("after") @Description(PageRequest.AFTER) String after) {
        return service.near(near, radiusKm, filter, PageRequest.of(first, after, null, null, limits), areaAsked());
    }

    @Description("How many points match, across all pages (counted only when asked for).")
    public @NonNull int totalCount(@Source ServicePointConnection connection) {
        return service.count(connection.matching());
    }

    @Description("How many points lie within the radius, across all pages (counted only when asked for).")
    public @NonNull int totalCount(@Source NearbyServicePointConnection connection) {
        return service.count(connection.matching());
    }

    /** How much of each point's area the request asks for, so that the page reads it in its own statement. */
    private WithArea areaAsked() {
        DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
        if (!Lookahead.asksOfNodes(environment, "area")) {
            return WithArea.NONE;
        }
        return Lookahead.asksOfNodes(environment, "area", "parent") ? WithArea.AREA_AND_PARENT : WithArea.AREA;
    }

    /** The areas of points that were not read with them ({@link WithArea}): a point that carries its area gives it. */
    @Description("The village, community or township the point serves.")
    public List<@NonNull Area> area(@Source List<ServicePoint> points) {
        Map<String, Area> byCode = areas.byCodes(points.stream().map(ServicePoint::areaCode).toList());
        return points.stream().map(p -> byCode.get(p.areaCode())).toList();
    }
}

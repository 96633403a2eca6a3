package cn.civicservices.coverage;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import cn.civicservices.area.AreaCode;
import cn.civicservices.area.AreaConnection;
import cn.civicservices.common.Caller;
import cn.civicservices.common.ConstraintMessages;
import cn.civicservices.common.GraphQLLimits;
import cn.civicservices.common.Page;
import cn.civicservices.common.PageRequest;
import cn.civicservices.common.ValidatedInput;
import cn.civicservices.area.Area;

/**
 * The administrator's coverage views: certification by channel, due and overdue, drill-down by area, a daily
 * series, and service points against the goal of one in every village. Admin token; each area is limited to the
 * administrator's jurisdiction.
 */
@GraphQLApi
@ValidatedInput
public class CoverageGraphQLApi {

    private static final String AREA = "Official division code of a province (2 digits), city (4), county (6), "
            + "township (9) or village (12) inside the caller's jurisdiction; NOT_FOUND otherwise, exactly as for a "
            + "code no area has.";

    @Inject
    Caller caller;

    @Inject
    CoverageService service;

    @Inject
    GraphQLLimits limits;

    @Query("certificationCoverage")
    @Description("Certification coverage of an area for a campaign year: pensioners, campaign certifications by "
            + "channel, due soon, overdue, suspended and the completion rate; `children` drills down one level. "
            + "Admin token; resident and worker tokens get FORBIDDEN.")
    public @NonNull CertificationCoverage certificationCoverage(
            @Name("areaCode") @NonNull @AreaCode @Description(AREA) String areaCode,
            @Name("year") @NonNull @Min(value = 2000, message = ConstraintMessages.COVERAGE_YEAR)
            @Max(value = 2100, message = ConstraintMessages.COVERAGE_YEAR)
            @Description("Campaign year, 2000 to 2100.") int year) {
        return service.certification(caller.requireAdmin(), areaCode, year);
    }

    @Description("The areas one level down (a province's cities, a county's townships, a township's villages), "
            + "each with its coverage for the same year, ordered by code. Empty for a village.")
    public @NonNull CertificationCoverageConnection children(@Source CertificationCoverage parent,
            @Name("first") @Description(PageRequest.FIRST) Integer first,
            @Name("after") @Description(PageRequest.AFTER) String after,
            @Name("last") @Description(PageRequest.LAST) Integer last,
            @Name("before") @Description(PageRequest.BEFORE) String before) {
        PageRequest page = PageRequest.of(first, after, last, before, limits);
        return CertificationCoverageConnection.of(service.children(caller.requireAdmin(), parent, page));
    }

    @Query("certificationDailySeries")
    @Description("Certifications per day and channel in an area (campaign or not), for a chart: one entry for "
            + "every day from `from` to `to`, at most 366 days. Admin token.")
    public @NonNull List<@NonNull DailyCertifications> certificationDailySeries(
            @Name("areaCode") @NonNull @AreaCode @Description(AREA) String areaCode,
            @Name("from") @NonNull @Description("First day, in the bureau's calendar.") LocalDate from,
            @Name("to") @NonNull @Description("Last day, included; at most 365 days after `from`.") LocalDate to) {
        return service.dailySeries(caller.requireAdmin(), areaCode, from, to);
    }

    @Query("servicePointCoverage")
    @Description("Service points of an area against the goal of an active point in every village: villages with "
            + "and without one, kiosks, closed points; `villagesWithoutPoint` lists the villages lacking one. "
            + "Admin token.")
    public @NonNull ServicePointCoverage servicePointCoverage(
            @Name("areaCode") @NonNull @AreaCode @Description(AREA) String areaCode) {
        return service.servicePoints(caller.requireAdmin(), areaCode);
    }

    @Description("The villages of the area without an active service point, ordered by code.")
    public @NonNull AreaConnection villagesWithoutPoint(@Source ServicePointCoverage coverage,
            @Name("first") @Description(PageRequest.FIRST) Integer first,
            @Name("after") @Description(PageRequest.AFTER) String after,
            @Name("last") @Description(PageRequest.LAST) Integer last,
            @Name("before") @Description(PageRequest.BEFORE) String before) {
        PageRequest request = PageRequest.of(first, after, last, before, limits);
        Page<Area> page = service.villagesWithoutPoint(caller.requireAdmin(), coverage, request);
        return new AreaConnection(page.items().stream().map(i -> new AreaConnection.AreaEdge(i.cursor(), i.node()))
                .toList(), page.nodes(), page.pageInfo(), page.totalCount());
    }
}

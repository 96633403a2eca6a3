package cn.civicservices.servicepoint;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.civicservices.common.SqlStatementCounter;
import cn.civicservices.support.Fixtures;
import cn.civicservices.support.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ServicePointQueriesTest {

    @Inject
    Fixtures db;

    private static final Map<String, Object> FAR_AWAY = Map.of("latitude", 0, "longitude", 0);

    @Test
    void areasOfACountyAreItsNineTownshipsPagedWithoutGapsBothWays() {
        JsonPath first = Gql.doc("areas").var("parentCode", "140723").var("first", 4).post();
        assertEquals(9, first.getInt("data.areas.totalCount"));
        List<String> codes = new ArrayList<>(first.getList("data.areas.edges.node.code"));
        String after = first.getString("data.areas.pageInfo.endCursor");
        while (after != null) {
            JsonPath next = Gql.doc("areas").var("parentCode", "140723").var("first", 4).var("after", after).post();
            codes.addAll(next.getList("data.areas.edges.node.code"));
            after = next.getBoolean("data.areas.pageInfo.hasNextPage") ? next.getString("data.areas.pageInfo.endCursor")
                    : null;
        }
        assertEquals(9, codes.size());
        assertEquals(9, new HashSet<>(codes).size());
        assertEquals(codes.stream().sorted().toList(), codes);

        JsonPath last = Gql.doc("areas").var("parentCode", "140723").var("last", 2).post();
        assertEquals(codes.subList(7, 9), last.getList("data.areas.edges.node.code"));
        assertEquals(true, last.getBoolean("data.areas.pageInfo.hasPreviousPage"));
    }

    @Test
    void anAreaKnowsItsParent() {
        JsonPath result = Gql.doc("area").var("code", "140723100200").post();
        assertEquals("VILLAGE", result.getString("data.area.level"));
        assertEquals("140723100", result.getString("data.area.parent.code"));
    }

    @Test
    void servicePointsOfATownshipIncludeItsVillagesAndFilterByWhatTheyOffer() {
        JsonPath all = Gql.doc("servicePoints").var("areaCode", "140723100").var("first", 100).post();
        int total = all.getInt("data.servicePoints.totalCount");
        assertEquals(total, all.getList("data.servicePoints.nodes").size());
        assertThat(all.getList("data.servicePoints.nodes.area.code", String.class),
                everyItem(org.hamcrest.Matchers.startsWith("140723100")));

        JsonPath kiosks = Gql.doc("servicePoints").var("areaCode", "140723100")
                .var("filter", Map.of("hasKiosk", true, "offers", List.of("PENSION_CERTIFICATION"))).var("first", 100).post();
        List<Boolean> hasKiosk = kiosks.getList("data.servicePoints.nodes.hasKiosk");
        assertTrue(kiosks.getInt("data.servicePoints.totalCount") < total);
        assertThat(hasKiosk, everyItem(org.hamcrest.Matchers.is(true)));
        List<List<String>> services = kiosks.getList("data.servicePoints.nodes.services");
        for (List<String> offered : services) {
            assertThat(offered, hasItem("PENSION_CERTIFICATION"));
        }
        // Each point's services as stored, in their order.
        List<String> codes = all.getList("data.servicePoints.nodes.code");
        List<List<String>> offeredByAll = all.getList("data.servicePoints.nodes.services");
        assertTrue(offeredByAll.stream().anyMatch(o -> o.size() > 1), "some point offers several services");
        for (int i = 0; i < codes.size(); i++) {
            assertEquals(db.text("select cast(services as text) from service_point where code = ?1", codes.get(i)),
                    "{" + String.join(",", offeredByAll.get(i)) + "}");
        }
    }

    /** A count over every matching point costs more than the page: it is made only when `totalCount` is asked for. */
    @Test
    void theTotalIsCountedOnlyWhenAskedForAndCountsEveryMatchingPointOfEveryPage() {
        String page = "{ servicePoints(areaCode: \"140723\", first: 2) { nodes { code } } }";
        String counted = "{ servicePoints(areaCode: \"140723\", first: 2) { totalCount nodes { code } } }";
        Gql.raw(page).post();
        Gql.raw(counted).post();

        long before = SqlStatementCounter.count();
        JsonPath plain = Gql.raw(page).post();
        long withoutTotal = SqlStatementCounter.count() - before;
        before = SqlStatementCounter.count();
        JsonPath answer = Gql.raw(counted).post();
        long withTotal = SqlStatementCounter.count() - before;

        assertEquals(2, plain.getList("data.servicePoints.nodes").size());
        assertEquals(withoutTotal + 1, withTotal, "one statement more, the count, and only when asked for");
        assertEquals(db.count("select count(*) from service_point where active and area_code like '140723%'"),
                answer.getLong("data.servicePoints.totalCount"));
        assertTrue(answer.getInt("data.servicePoints.totalCount") > 2, "the count is of every page, not of this one");
    }

    /**
     * A page that asks for its points' areas and their parents reads them in its own statement, whether it asks
     * through nodes or edges, with aliases or fragments; a level it does not read (the grandparent) is batched.
     */
    @Test
    void areasAndParentsAreReadWithThePageAndNotInBatchesOfTheirOwn() {
        String points = "servicePoints(areaCode: \"140723\", first: 50)";
        String plain = "{ " + points + " { nodes { code } } }";
        String withParents = "{ " + points + " { nodes { code area { code name parent { code name } } } } }";
        String throughFragments = "query { " + points + " { edges { node { ...place } } } }"
                + " fragment place on ServicePoint { code where: area { ... on Area { code name"
                + " up: parent { code name } } } }";
        String withGrandparents = "{ " + points
                + " { nodes { code area { code name parent { code name parent { name } } } } } }";
        long plainStatements = statements(plain);

        assertEquals(plainStatements, statements(withParents), "areas and parents read with the page");
        assertEquals(plainStatements, statements(throughFragments), "through edges, aliases and fragments too");
        assertEquals(plainStatements + 1, statements(withGrandparents),
                "one batch for the level not read with the page");

        JsonPath nodes = Gql.raw(withGrandparents).post();
        JsonPath edges = Gql.raw(throughFragments).post();
        List<String> codes = nodes.getList("data.servicePoints.nodes.code");
        assertEquals(50, codes.size());
        assertEquals(codes, edges.getList("data.servicePoints.edges.node.code"));
        for (int i = 0; i < codes.size(); i++) {
            String expected = db.text("select a.code || '|' || a.name || '|' || p.code || '|' || p.name || '|' "
                    + "|| g.name from service_point sp join area a on a.code = sp.area_code"
                    + " join area p on p.code = a.parent_code join area g on g.code = p.parent_code"
                    + " where sp.code = ?1", codes.get(i));
            String area = "data.servicePoints.nodes[" + i + "].area.";
            assertEquals(expected, String.join("|", nodes.getString(area + "code"), nodes.getString(area + "name"),
                    nodes.getString(area + "parent.code"), nodes.getString(area + "parent.name"),
                    nodes.getString(area + "parent.parent.name")), codes.get(i));
            String place = "data.servicePoints.edges[" + i + "].node.where.";
            assertEquals(expected.substring(0, expected.lastIndexOf('|')),
                    String.join("|", edges.getString(place + "code"), edges.getString(place + "name"),
                            edges.getString(place + "up.code"), edges.getString(place + "up.name")));
        }
    }

    @Test
    void nearestPointsReadTheirAreasWithTheirPage() {
        String near = "servicePointsNear(near: {latitude: 37.33, longitude: 113.57}, radiusKm: 50, first: 20)";
        long plainStatements = statements("{ " + near + " { nodes { code } } }");
        String withParents = "{ " + near + " { nodes { code area { code parent { code } } } } }";
        assertEquals(plainStatements, statements(withParents));
        JsonPath result = Gql.raw(withParents).post();
        List<String> codes = result.getList("data.servicePointsNear.nodes.code");
        assertEquals(20, codes.size());
        for (int i = 0; i < codes.size(); i++) {
            assertEquals(db.text("select a.code || '|' || a.parent_code from service_point sp join area a"
                    + " on a.code = sp.area_code where sp.code = ?1", codes.get(i)),
                    result.getString("data.servicePointsNear.nodes[" + i + "].area.code") + "|"
                            + result.getString("data.servicePointsNear.nodes[" + i + "].area.parent.code"));
        }
    }

    /**
     * A page of points checks its area in its own statement. A code under which points lie but that names no area
     * (here a village placed directly under its county, which leaves its township's code unused) is NOT_FOUND; an
     * area without points is an empty page.
     */
    @Test
    void anAreaIsCheckedWithItsPageAndACodeWithoutAnAreaIsNotFoundEvenAbovePoints() {
        db.execute("insert into area (code, name, level, parent_code) values ('1498', '测试市二', 'CITY', '14'), "
                + "('149801', '测试县二', 'COUNTY', '1498'), ('149801777001', '测试村二', 'VILLAGE', '149801'), "
                + "('149801888', '测试乡二', 'TOWNSHIP', '149801') on conflict do nothing");
        db.execute("insert into service_point (code, name, area_code, address, phone, opening_hours, latitude, "
                + "longitude) values ('SPTEST149801777001', '测试站二', '149801777001', '测试地址', '0354-0000000', "
                + "'8:00-17:00', 37.3, 113.5) on conflict (code) do nothing");

        JsonPath county = Gql.raw("{ servicePoints(areaCode: \"149801\") { nodes { code } } }").post();
        assertEquals(List.of("SPTEST149801777001"), county.getList("data.servicePoints.nodes.code"));
        JsonPath noArea = Gql.raw("{ servicePoints(areaCode: \"149801777\") { nodes { code } } }").post();
        assertEquals("NOT_FOUND", noArea.getString("errors[0].extensions.code"));
        JsonPath noPoints = Gql.raw("{ servicePoints(areaCode: \"149801888\") { nodes { code } } }").post();
        assertEquals(List.of(), noPoints.getList("data.servicePoints.nodes"));
        assertEquals(null, noPoints.getList("errors"));

        String page = "{ servicePoints(areaCode: \"149801\") { nodes { code } } }";
        assertEquals(1, statements(page), "the area checked in the page's statement");
        assertEquals(2, statements("{ servicePoints(areaCode: \"149801888\") { nodes { code } } }"),
                "a page without points asks whether its area exists");
    }

    /** The statements one request costs, after a first run of it. */
    private static long statements(String query) {
        Gql.raw(query).post();
        long before = SqlStatementCounter.count();
        JsonPath result = Gql.raw(query).post();
        long statements = SqlStatementCounter.count() - before;
        assertEquals(null, result.getList("errors"), query);
        return statements;
    }

    @Test
    void nearestPointsComeNearestFirstWithDistancesAndPageOn() {
        Map<String, Object> near = Map.of("latitude", 37.33, "longitude", 113.57);
        JsonPath first = Gql.doc("servicePointsNear").var("near", near).var("radiusKm", 50).var("first", 5).post();
        List<Integer> distances = new ArrayList<>(first.getList("data.servicePointsNear.edges.distanceMeters"));
        assertEquals(5, distances.size());
        assertEquals(distances.stream().sorted().toList(), distances);
        assertThat(distances.get(4), lessThanOrEqualTo(50_000));

        JsonPath second = Gql.doc("servicePointsNear").var("near", near).var("radiusKm", 50).var("first", 5)
                .var("after", first.getString("data.servicePointsNear.pageInfo.endCursor")).post();
        List<Integer> more = second.getList("data.servicePointsNear.edges.distanceMeters");
        assertTrue(more.get(0) >= distances.get(4));
        List<String> codes = new ArrayList<>(first.getList("data.servicePointsNear.edges.node.code"));
        codes.addAll(second.getList("data.servicePointsNear.edges.node.code"));
        assertEquals(10, new HashSet<>(codes).size(), "no point appears on two pages");
        int within = first.getInt("data.servicePointsNear.totalCount");
        assertTrue(within >= 10, "every point within the radius, not those of a page: " + within);
        assertEquals(within, second.getInt("data.servicePointsNear.totalCount"), "the same total on every page");

        JsonPath withKiosk = Gql.doc("servicePointsNear").var("near", near).var("radiusKm", 50)
                .var("filter", Map.of("hasKiosk", true)).var("first", 20).post();
        assertThat(withKiosk.getList("data.servicePointsNear.edges.node.hasKiosk", Boolean.class),
                everyItem(org.hamcrest.Matchers.is(true)));
    }

    @Test
    void nothingNearAPointFarFromTheCounty() {
        JsonPath result = Gql.doc("servicePointsNear").var("near", FAR_AWAY).var("radiusKm", 10).post();
        assertEquals(0, result.getInt("data.servicePointsNear.totalCount"));
    }

    @Test
    void outOfRangeCoordinatesRadiusAndBackwardPagingAreRefused() {
        for (Map<String, Object> bad : List.<Map<String, Object>> of(Map.of("latitude", 91, "longitude", 113),
                Map.of("latitude", 37, "longitude", -181))) {
            JsonPath result = Gql.doc("servicePointsNear").var("near", bad).post();
            assertEquals("BAD_USER_INPUT", result.getString("errors[0].extensions.code"));
        }
        JsonPath radius = Gql.doc("servicePointsNear").var("near", Map.of("latitude", 37, "longitude", 113))
                .var("radiusKm", 5000).post();
        assertEquals("BAD_USER_INPUT", radius.getString("errors[0].extensions.code"));
        JsonPath unknownArea = Gql.doc("servicePoints").var("areaCode", "999999").post();
        assertEquals("NOT_FOUND", unknownArea.getString("errors[0].extensions.code"));
    }
}

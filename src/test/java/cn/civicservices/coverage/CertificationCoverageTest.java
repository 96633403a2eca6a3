package cn.civicservices.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.civicservices.support.Fixtures;
import cn.civicservices.support.Gql;
import cn.civicservices.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The administrator's certification coverage over HTTP: the seed's published figures, drill-down, security. */
@QuarkusTest
class CertificationCoverageTest {

    private static final String HESHUN = "140723";

    @Inject
    Fixtures db;

    @Inject
    TestClock clock;

    @Test
    void theHeshunCampaignReadsAsPublishedForTheCountyAndTheProvinceAdministrator() {
        for (String admin : List.of("admin1", "provinceadmin1")) {
            JsonPath answer = coverage(admin, HESHUN, 2026, null);
            assertNull(answer.get("errors"), admin + ": " + answer.prettify());
            String c = "data.certificationCoverage.";
            assertEquals("和顺县", answer.getString(c + "area.name"));
            assertEquals(3008, answer.getLong(c + "certified"));
            assertEquals(1331, answer.getLong(c + "selfService"));
            assertEquals(414, answer.getLong(c + "assisted"));
            assertEquals(1210, answer.getLong(c + "centralized"));
            assertEquals(53, answer.getLong(c + "homeVisit"));
            assertEquals(0, answer.getLong(c + "dataComparison"));
            assertEquals(0, answer.getLong(c + "proxy"));
            assertEquals(30, answer.getInt(c + "dueWindowDays"));
            assertEquals("2026-11-22", answer.getString(c + "asOf"));
            assertTodayFiguresMatchTheBaseTables(answer, c, HESHUN);
        }
    }

    @Test
    void aYearWithoutCampaignHasNoCampaignCertificationsButTheSamePensioners() {
        JsonPath answer = coverage("admin1", HESHUN, 2025, null);
        assertEquals(0, answer.getLong("data.certificationCoverage.certified"));
        assertEquals(pensioners(HESHUN), answer.getLong("data.certificationCoverage.pensioners"));
    }

    @Test
    void theProvinceDrillsDownToOneVillageInSuccessiveQueries() {
        JsonPath province = coverage("provinceadmin1", "14", 2026, 100);
        List<String> cities = province.getList("data.certificationCoverage.children.nodes.area.code");
        assertTrue(cities.contains("1407"), cities.toString());
        assertEquals(cities.size(), province.getInt("data.certificationCoverage.children.totalCount"));
        Map<String, Object> jinzhong = province.getMap("data.certificationCoverage.children.nodes.find { it.area.code == '1407' }");
        assertEquals(3008, ((Number) jinzhong.get("certified")).longValue());

        JsonPath county = coverage("provinceadmin1", HESHUN, 2026, 100);
        List<Map<String, Object>> townships = county.getList("data.certificationCoverage.children.nodes");
        assertEquals(9, townships.size());
        assertEquals(3008, townships.stream().mapToLong(t -> ((Number) t.get("certified")).longValue()).sum());
        assertEquals(1331, townships.stream().mapToLong(t -> ((Number) t.get("selfService")).longValue()).sum());
        assertEquals(pensioners(HESHUN), townships.stream().mapToLong(t -> ((Number) t.get("pensioners")).longValue()).sum());

        String township = "140723100";
        JsonPath villages = coverage("admin1", township, 2026, 100);
        List<Map<String, Object>> nodes = villages.getList("data.certificationCoverage.children.nodes");
        assertEquals(db.count("select count(*) from area where parent_code = ?1", township), nodes.size());
        String village = (String) ((Map<?, ?>) nodes.get(0).get("area")).get("code");
        JsonPath one = coverage("admin1", village, 2026, 10);
        assertEquals("VILLAGE", one.getString("data.certificationCoverage.area.level"));
        assertEquals(0, one.getInt("data.certificationCoverage.children.totalCount"));
        assertEquals(campaignCertifications(village, "SELF_SERVICE"), one.getLong("data.certificationCoverage.selfService"));
        assertEquals(campaignCertifications(village, "CENTRALIZED"), one.getLong("data.certificationCoverage.centralized"));
        assertTodayFiguresMatchTheBaseTables(one, "data.certificationCoverage.", village);
    }

    @Test
    void childrenArePagedByKeysetWithoutGapsOrRepeats() {
        JsonPath first = coverage("admin1", HESHUN, 2026, 4);
        assertEquals(9, first.getInt("data.certificationCoverage.children.totalCount"));
        assertTrue(first.getBoolean("data.certificationCoverage.children.pageInfo.hasNextPage"));
        List<String> seen = new java.util.ArrayList<>(first.getList("data.certificationCoverage.children.nodes.area.code"));
        String after = first.getString("data.certificationCoverage.children.pageInfo.endCursor");
        while (after != null) {
            JsonPath next = Gql.doc("certificationCoverage").as("admin1").var("areaCode", HESHUN).var("year", 2026)
                    .var("first", 4).var("after", after).post();
            seen.addAll(next.getList("data.certificationCoverage.children.nodes.area.code"));
            after = next.getBoolean("data.certificationCoverage.children.pageInfo.hasNextPage")
                    ? next.getString("data.certificationCoverage.children.pageInfo.endCursor") : null;
        }
        assertEquals(9, seen.size());
        assertEquals(seen.stream().sorted().distinct().toList(), seen);
    }

    @Test
    void theDailySeriesAddsUpToTheCampaignAndRefusesLongOrReversedRanges() {
        JsonPath series = Gql.doc("certificationDailySeries").as("admin1").var("areaCode", HESHUN)
                .var("from", "2026-03-01").var("to", "2026-11-15").post();
        List<Map<String, Object>> days = series.getList("data.certificationDailySeries");
        assertEquals(260, days.size());
        assertEquals("2026-03-01", days.get(0).get("date"));
        assertEquals(1331, sum(days, "selfService"));
        assertEquals(414, sum(days, "assisted"));
        assertEquals(1210, sum(days, "centralized"));
        assertEquals(53, sum(days, "homeVisit"));
        assertEquals(db.count("select count(*) from certification c join pension_benefit b on b.id = c.benefit_id "
                + "join resident r on r.id = b.resident_id where r.area_code like '140723%' and c.channel = 'DATA_COMPARISON' "
                + "and (c.certified_at at time zone 'Asia/Shanghai')::date between '2026-03-01' and '2026-11-15'"),
                sum(days, "dataComparison"));
        assertEquals(days.stream().mapToLong(d -> ((Number) d.get("total")).longValue()).sum(),
                sum(days, "selfService") + sum(days, "assisted") + sum(days, "centralized") + sum(days, "homeVisit")
                        + sum(days, "dataComparison") + sum(days, "proxy"));

        assertEquals("BAD_USER_INPUT", code(Gql.doc("certificationDailySeries").as("admin1").var("areaCode", HESHUN)
                .var("from", "2026-01-01").var("to", "2027-01-02").post()));
        assertEquals("BAD_USER_INPUT", code(Gql.doc("certificationDailySeries").as("admin1").var("areaCode", HESHUN)
                .var("from", "2026-05-02").var("to", "2026-05-01").post()));
        assertEquals(366, Gql.doc("certificationDailySeries").as("admin1").var("areaCode", HESHUN)
                .var("from", "2027-01-01").var("to", "2028-01-01").post().getList("data.certificationDailySeries").size());
    }

    @Test
    void residentAndWorkerTokensAreForbiddenAndNoTokenIsUnauthenticated() {
        for (String user : List.of("resident1", "worker1")) {
            assertEquals("FORBIDDEN", code(coverage(user, HESHUN, 2026, null)));
            assertEquals("FORBIDDEN", code(Gql.doc("certificationDailySeries").as(user).var("areaCode", HESHUN)
                    .var("from", "2026-03-01").var("to", "2026-03-02").post()));
        }
        assertEquals("UNAUTHENTICATED", code(Gql.doc("certificationCoverage").var("areaCode", HESHUN).var("year", 2026).post()));
    }

    @Test
    void anAreaOutsideTheJurisdictionAnswersExactlyLikeOneThatDoesNotExist() {
        db.testVillages("149901001001");
        JsonPath unknown = coverage("admin1", "140799", 2026, null);
        assertEquals("NOT_FOUND", code(unknown));
        for (String outside : List.of("14", "1407", "149901", "149901001001")) {
            JsonPath answer = coverage("admin1", outside, 2026, null);
            assertEquals("NOT_FOUND", code(answer), outside);
            assertNull(answer.get("data"));
            assertEquals(unknown.getString("errors[0].message").replace("140799", outside),
                    answer.getString("errors[0].message"));
        }
        assertEquals("NOT_FOUND", code(Gql.doc("certificationDailySeries").as("admin1").var("areaCode", "149901")
                .var("from", "2026-03-01").var("to", "2026-03-02").post()));
        assertEquals("NOT_FOUND", code(coverage("unlinkedadmin1", HESHUN, 2026, null)));
    }

    @Test
    void malformedCodesAndYearsOutOfRangeAreRefusedWithACode() {
        assertEquals("BAD_USER_INPUT", code(coverage("admin1", "1407231", 2026, null)));
        assertEquals("BAD_USER_INPUT", code(coverage("admin1", HESHUN, 1999, null)));
        assertEquals("BAD_USER_INPUT", code(coverage("admin1", HESHUN, 2101, null)));
        assertEquals("BAD_USER_INPUT", code(coverage("admin1", HESHUN, 2026, 101)));
    }

    private JsonPath coverage(String user, String area, int year, Integer first) {
        Gql doc = Gql.doc("certificationCoverage").as(user).var("areaCode", area).var("year", year);
        if (first != null) {
            doc.var("first", first);
        }
        return doc.post();
    }

    private void assertTodayFiguresMatchTheBaseTables(JsonPath answer, String prefix, String area) {
        String base = "select count(*) from pension_benefit b join resident r on r.id = b.resident_id "
                + "where r.area_code like ?1 and b.status <> 'TERMINATED' ";
        String like = area + "%";
        java.time.LocalDate today = clock.today();
        assertEquals(db.count(base, like), answer.getLong(prefix + "pensioners"));
        assertEquals(db.count(base + "and b.status = 'SUSPENDED'", like), answer.getLong(prefix + "suspended"));
        assertEquals(db.count(base + "and (b.certified_until is null or b.certified_until < ?2)", like, today),
                answer.getLong(prefix + "overdue"));
        assertEquals(db.count(base + "and b.certified_until between ?2 and ?3", like, today, today.plusDays(29)),
                answer.getLong(prefix + "dueSoon"));
    }

    private long pensioners(String area) {
        return db.count("select count(*) from pension_benefit b join resident r on r.id = b.resident_id "
                + "where r.area_code like ?1 and b.status <> 'TERMINATED'", area + "%");
    }

    private long campaignCertifications(String area, String channel) {
        return db.count("select count(*) from certification c join pension_benefit b on b.id = c.benefit_id "
                + "join resident r on r.id = b.resident_id join certification_campaign k on k.id = c.campaign_id "
                + "where r.area_code like ?1 and c.channel = ?2 and extract(year from k.starts_on) = 2026", area + "%", channel);
    }

    private static long sum(List<Map<String, Object>> days, String field) {
        return days.stream().mapToLong(d -> ((Number) d.get(field)).longValue()).sum();
    }

    private static String code(JsonPath answer) {
        return answer.getString("errors[0].extensions.code");
    }
}

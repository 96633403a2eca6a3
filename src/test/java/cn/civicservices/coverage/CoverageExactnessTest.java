package cn.civicservices.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.civicservices.support.FaceChecks;
import cn.civicservices.support.Fixtures;
import cn.civicservices.support.Gql;
import cn.civicservices.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Coverage stays exact whoever changes the data: people certified through each channel over HTTP, deaths
 * reported by a worker and then confirmed (pension terminated) or found false (reactivated) by an administrator
 * over HTTP, a certification removed, a person moving
 * village, lapsed pensions suspended. After each step every level from the province down to the village reads
 * the same through the API as a count made from the base tables.
 */
@QuarkusTest
class CoverageExactnessTest {

    static final String VILLAGE_1 = "149901931001";
    static final String VILLAGE_2 = "149901932001";
    static final List<String> LEVELS = List.of("14", "1499", "149901", "149901931", "149901931001", "149901932",
            "149901932001");
    static final List<String> CHANNELS = List.of("SELF_SERVICE", "ASSISTED", "CENTRALIZED", "HOME_VISIT",
            "DATA_COMPARISON", "PROXY");
    static final Map<String, String> FIELDS = Map.of("SELF_SERVICE", "selfService", "ASSISTED", "assisted",
            "CENTRALIZED", "centralized", "HOME_VISIT", "homeVisit", "DATA_COMPARISON", "dataComparison", "PROXY", "proxy");

    @Inject
    Fixtures db;

    @Inject
    TestClock clock;

    @BeforeEach
    void countyWithACampaignAndAWorker() {
        db.testVillages(VILLAGE_1, VILLAGE_2);
        db.worker("coverageworker1", "覆盖协理员", "13800006666", VILLAGE_1, VILLAGE_2);
        db.execute("insert into certification_campaign (code, name, area_code, starts_on, ends_on) values "
                + "('TEST-149901-2026', '测试县2026年度认证', '149901', '2026-11-01', '2026-12-31') on conflict do nothing");
    }

    /** The test campaign goes again, so that no other test sees certifications of a campaign it does not know. */
    @AfterEach
    void resetClockAndCampaign() {
        clock.reset();
        db.execute("update certification set campaign_id = null where campaign_id in "
                + "(select id from certification_campaign where code = 'TEST-149901-2026')");
        db.execute("delete from certification_campaign where code = 'TEST-149901-2026'");
    }

    @Test
    void everyLevelMatchesTheBaseTablesAfterEachKindOfChange() {
        LocalDate today = clock.today();
        long selfService = pensioner("coverageresident1", VILLAGE_1, false, today.plusDays(10));
        long assisted = pensioner("coverageresident2", VILLAGE_1, false, null);
        db.execute("update pension_benefit set status = 'SUSPENDED', suspended_since = ?1 where resident_id = ?2",
                today.minusDays(20), assisted);
        long central1 = pensioner("coverageresident3", VILLAGE_2, false, today.plusDays(3));
        long central2 = pensioner("coverageresident4", VILLAGE_2, false, today.minusDays(2));
        long bedridden = pensioner("coverageresident5", VILLAGE_2, true, today.minusDays(30));
        pensioner("coverageresident6", VILLAGE_1, false, today.plusDays(200));
        assertExact("pensioners before the campaign");

        JsonPath face = Gql.doc("faceCheck").as("coverageresident1")
                .var("result", FaceChecks.result(db.idNumberOf(selfService), "MATCH")).post();
        assertEquals(List.of(), face.getList("data.certificationSubmitFaceCheck.userErrors"), face.prettify());
        JsonPath window = Gql.doc("certificationAssist").as("coverageworker1").var("input", Map.of(
                "idNumber", db.idNumberOf(assisted), "servicePointCode", "SP140723100", "idCardChecked", true)).post();
        assertEquals(List.of(), window.getList("data.certificationAssist.userErrors"), window.prettify());
        JsonPath session = Gql.doc("certificationSession").as("coverageworker1").var("input", Map.of(
                "servicePointCode", "SP140723100", "heldOn", today.toString(),
                "idNumbers", List.of(db.idNumberOf(central1), db.idNumberOf(central2)))).post();
        assertEquals(2, session.getInt("data.certificationSessionRecord.certifiedCount"), session.prettify());
        JsonPath visit = Gql.doc("homeVisitRecord").as("coverageworker1").var("input", visitRecord(bedridden)).post();
        assertEquals("HOME_VISIT", visit.getString("data.homeVisitRecord.certification.channel"), visit.prettify());
        assertEquals(4, db.count("select count(distinct c.channel) from certification c join pension_benefit b "
                + "on b.id = c.benefit_id join resident r on r.id = b.resident_id join certification_campaign k "
                + "on k.id = c.campaign_id where r.area_code like '149901%' and k.code = 'TEST-149901-2026'"));
        assertExact("certified through each channel");

        // Deaths reported by the worker, then decided by an administrator: one found false, one confirmed.
        reportDeath(central2);
        assertExact("a death reported: the pension suspended pending review");
        JsonPath rejected = Gql.doc("deathReportReject").as("provinceadmin1")
                .var("input", Map.of("residentId", String.valueOf(central2))).post();
        assertEquals(List.of(), rejected.getList("data.deathReportReject.userErrors"), rejected.prettify());
        assertEquals("ACTIVE", db.text("select status from pension_benefit where resident_id = ?1", central2));
        assertExact("a death found false: the pension active again");
        reportDeath(bedridden);
        JsonPath confirmed = Gql.doc("deathReportConfirm").as("provinceadmin1")
                .var("input", Map.of("residentId", String.valueOf(bedridden))).post();
        assertEquals(List.of(), confirmed.getList("data.deathReportConfirm.userErrors"), confirmed.prettify());
        assertEquals("TERMINATED", db.text("select status from pension_benefit where resident_id = ?1", bedridden));
        assertExact("a death confirmed: the pension terminated");

        db.execute("update resident set area_code = ?1 where id = ?2", VILLAGE_1, central1);
        assertExact("a pensioner moved village");

        db.execute("delete from certification where benefit_id in (select id from pension_benefit where resident_id = ?1) "
                + "and channel = 'DATA_COMPARISON'", central2);
        assertExact("a certification removed");

        // A year later the test county's certifications have lapsed: suspended by the statement the hourly lapse
        // job runs, limited to the test county so that no other test's (or the seed's) pension changes.
        clock.set(today.plusDays(380).atTime(10, 0).atZone(TestClock.COUNTY).toInstant());
        assertExact("a year later, lapsed but not yet suspended");
        db.execute("update pension_benefit b set status = 'SUSPENDED', suspended_since = b.certified_until + 1 "
                + "from resident r where r.id = b.resident_id and r.area_code like '149901%' and b.status = 'ACTIVE' "
                + "and b.certified_until < ?1", clock.today());
        assertExact("a year later, lapsed pensions suspended");
    }

    /** A pensioner of the residents' scheme, certified by data comparison until the given day (never if null). */
    private long pensioner(String login, String village, boolean bedridden, LocalDate certifiedUntil) {
        long resident = db.resident(login, LocalDate.of(1950, 3, 4), bedridden, village);
        long benefit = db.benefit(resident, db.enrolment(resident, "URBAN_RURAL_RESIDENT", new BigDecimal("3000"), 0),
                "URBAN_RURAL_RESIDENT", null);
        if (certifiedUntil != null) {
            db.certification(benefit, "DATA_COMPARISON", certifiedUntil.minusYears(1), certifiedUntil);
        }
        return resident;
    }

    /** The worker records that the person was found dead yesterday. */
    private void reportDeath(long resident) {
        Map<String, Object> input = visitRecord(resident);
        input.put("outcome", "REPORTED_DECEASED");
        JsonPath reported = Gql.doc("homeVisitRecord").as("coverageworker1").var("input", input).post();
        assertEquals("CREATED", reported.getString("data.homeVisitRecord.status"), reported.prettify());
        assertEquals("SUSPENDED", db.text("select status from pension_benefit where resident_id = ?1", resident));
    }

    private Map<String, Object> visitRecord(long resident) {
        Map<String, Object> input = new HashMap<>();
        input.put("clientId", UUID.randomUUID().toString());
        input.put("residentId", String.valueOf(resident));
        input.put("outcome", "CERTIFIED");
        input.put("visitedAt", clock.now().minusHours(1).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        input.put("latitude", 37.33);
        input.put("longitude", 113.57);
        return input;
    }

    private void assertExact(String step) {
        LocalDate today = clock.today();
        for (String area : LEVELS) {
            JsonPath answer = Gql.doc("certificationCoverage").as("provinceadmin1").var("areaCode", area)
                    .var("year", 2026).post();
            assertNull(answer.get("errors"), step + " " + area + ": " + answer.prettify());
            String c = "data.certificationCoverage.";
            String like = area + "%";
            String benefits = "select count(*) from pension_benefit b join resident r on r.id = b.resident_id "
                    + "where r.area_code like ?1 and b.status <> 'TERMINATED' ";
            String what = step + ", area " + area + ": ";
            assertEquals(db.count(benefits, like), answer.getLong(c + "pensioners"), what + "pensioners");
            assertEquals(db.count(benefits + "and b.status = 'SUSPENDED'", like), answer.getLong(c + "suspended"),
                    what + "suspended");
            assertEquals(db.count(benefits + "and (b.certified_until is null or b.certified_until < ?2)", like, today),
                    answer.getLong(c + "overdue"), what + "overdue");
            assertEquals(db.count(benefits + "and b.certified_until between ?2 and ?3", like, today, today.plusDays(29)),
                    answer.getLong(c + "dueSoon"), what + "due soon");
            long certified = 0;
            for (String channel : CHANNELS) {
                long expected = db.count("select count(*) from certification c join pension_benefit b on b.id = c.benefit_id "
                        + "join resident r on r.id = b.resident_id join certification_campaign k on k.id = c.campaign_id "
                        + "where r.area_code like ?1 and c.channel = ?2 and extract(year from k.starts_on) = 2026",
                        like, channel);
                assertEquals(expected, answer.getLong(c + FIELDS.get(channel)), what + channel);
                certified += expected;
            }
            assertEquals(certified, answer.getLong(c + "certified"), what + "certified");
        }
        JsonPath series = Gql.doc("certificationDailySeries").as("provinceadmin1").var("areaCode", "149901")
                .var("from", "2026-01-01").var("to", "2026-12-31").post();
        long total = series.getList("data.certificationDailySeries.total", Number.class).stream()
                .mapToLong(Number::longValue).sum();
        assertEquals(db.count("select count(*) from certification c join pension_benefit b on b.id = c.benefit_id "
                + "join resident r on r.id = b.resident_id where r.area_code like '149901%' "
                + "and (c.certified_at at time zone 'Asia/Shanghai')::date between '2026-01-01' and '2026-12-31'"),
                total, step + ": daily series");
    }
}

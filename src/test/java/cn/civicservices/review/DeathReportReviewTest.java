package cn.civicservices.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.civicservices.support.Fixtures;
import cn.civicservices.support.Gql;
import cn.civicservices.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The administrator's review of deaths reported by workers and of flagged visits: a confirmation ends the
 * pensions on the reported day and lists later payments to recover; a rejection resumes them with back-pay; both
 * idempotent, both audited, a confirmation and a rejection racing end in one decision; only the jurisdiction's
 * people exist.
 */
@QuarkusTest
class DeathReportReviewTest {

    static final String VILLAGE = "149901997001";
    /** The day the worker reports the death for (the clock stands at 2026-11-22; pensions are paid on the 10th). */
    static final LocalDate REPORTED = LocalDate.of(2026, 8, 15);

    @Inject
    Fixtures db;

    @Inject
    TestClock clock;

    @BeforeEach
    void aVillageWithItsWorkerAndAdministrator() {
        db.testVillages(VILLAGE);
        db.worker("reviewworker1", "审核测试协理员", "13800005001", VILLAGE);
        db.administrator("testadmin1", "测试县管理员", "149901");
    }

    /** A pensioner certified until 200 days from today, paid every month of 2026 up to the given month. */
    private long pensioner(String login, YearMonth paidUpTo) {
        long resident = db.resident(login, LocalDate.of(1948, 3, 3), true, VILLAGE);
        long benefit = db.benefit(resident, db.enrolment(resident, "URBAN_RURAL_RESIDENT", BigDecimal.ZERO, 0),
                "URBAN_RURAL_RESIDENT", null);
        db.certification(benefit, "SELF_SERVICE", clock.today().minusDays(165), clock.today().plusDays(200));
        db.payments(benefit, paidUpTo, paidUpTo.getMonthValue());
        return resident;
    }

    /** The worker reports the death over HTTP, as the phone does. */
    private void reportDeath(long resident) {
        Map<String, Object> input = new HashMap<>();
        input.put("clientId", UUID.randomUUID().toString());
        input.put("residentId", String.valueOf(resident));
        input.put("outcome", "REPORTED_DECEASED");
        input.put("visitedAt", REPORTED.atTime(10, 0).atZone(TestClock.COUNTY).toOffsetDateTime().toString());
        input.put("latitude", 37.3);
        input.put("longitude", 113.5);
        JsonPath recorded = Gql.doc("homeVisitRecord").as("reviewworker1").var("input", input).post();
        assertEquals("CREATED", recorded.getString("data.homeVisitRecord.status"), recorded.prettify());
    }

    /** A death report as the worker's record leaves it, written directly (for the races). */
    private void reportedDirectly(long resident) {
        db.execute("update resident set death_reported_on = ?1 where id = ?2", REPORTED, resident);
        db.execute("update pension_benefit set status = 'SUSPENDED', suspended_since = ?1 where resident_id = ?2",
                REPORTED, resident);
    }

    private static JsonPath decide(String doc, String admin, Object resident) {
        return Gql.doc(doc).as(admin).var("input", Map.of("residentId", String.valueOf(resident))).post();
    }

    private static Map<String, Object> answer(JsonPath json, String mutation) {
        return json.getMap("data." + mutation);
    }

    @Test
    void aConfirmedDeathEndsThePensionsOnTheDayAndListsLaterPaymentsToRecoverOnce() {
        long resident = pensioner("review-confirm", YearMonth.of(2026, 11));
        reportDeath(resident);
        assertEquals("SUSPENDED", db.text("select status from pension_benefit where resident_id = ?1", resident));

        JsonPath queue = Gql.doc("reviewQueue").as("testadmin1").var("first", 100).post();
        List<Map<String, Object>> items = queue.getList("data.reviewQueue.nodes");
        Map<String, Object> item = items.stream().filter(i -> String.valueOf(resident).equals(i.get("residentId")))
                .findFirst().orElseThrow(() -> new AssertionError(queue.prettify()));
        assertEquals("DEATH_REPORT", item.get("kind"));
        assertEquals(REPORTED.toString(), item.get("reportedDeathOn"));
        assertEquals("审核测试协理员", item.get("workerName"));
        assertTrue(((String) item.get("idNumberMasked")).contains("**********"));

        JsonPath confirmed = decide("deathReportConfirm", "testadmin1", resident);
        Map<String, Object> first = answer(confirmed, "deathReportConfirm");
        assertEquals(List.of(), first.get("userErrors"), confirmed.prettify());
        assertEquals("CONFIRMED", first.get("decision"));
        assertEquals(REPORTED.toString(), first.get("reportedOn"));
        assertEquals(1, first.get("pensionsChanged"));
        assertEquals(Map.of("payments", 3, "total", 609.0f), first.get("recovery"));
        assertNull(first.get("backPay"));

        assertEquals(1, db.count("select count(*) from pension_benefit where resident_id = ?1 and status = 'TERMINATED' "
                + "and terminated_on = ?2 and termination_reason = 'DECEASED' and suspended_since is null",
                resident, REPORTED));
        assertEquals(1, db.count("select count(*) from resident where id = ?1 and deceased_on = ?2", resident, REPORTED));
        // Nothing deleted: all eleven payments stay; September to November are to be recovered.
        assertEquals(11, db.count("select count(*) from pension_payment p join pension_benefit b on b.id = p.benefit_id "
                + "where b.resident_id = ?1", resident));
        assertEquals(3, db.count("select count(*) from pension_payment_recovery r join pension_payment p "
                + "on p.id = r.payment_id join pension_benefit b on b.id = p.benefit_id where b.resident_id = ?1 "
                + "and p.period >= '2026-09-01' and r.status = 'TO_RECOVER'", resident));

        JsonPath again = decide("deathReportConfirm", "testadmin1", resident);
        assertEquals(first, answer(again, "deathReportConfirm"));
        assertEquals(1, db.count("select count(*) from death_report_decision where resident_id = ?1", resident));
        assertEquals(3, db.count("select count(*) from pension_payment_recovery r join pension_payment p "
                + "on p.id = r.payment_id join pension_benefit b on b.id = p.benefit_id where b.resident_id = ?1", resident));
        assertEquals(1, db.count("select count(*) from audit_log where action = 'DEATH_REPORT_CONFIRMED' "
                + "and resident_id = ?1 and actor = 'testadmin1'", resident));

        JsonPath reject = decide("deathReportReject", "testadmin1", resident);
        assertEquals("ALREADY_CONFIRMED", reject.getString("data.deathReportReject.userErrors[0].code"));
        JsonPath after = Gql.doc("reviewQueue").as("testadmin1").var("first", 100).post();
        assertTrue(after.getList("data.reviewQueue.nodes.residentId").stream()
                .noneMatch(id -> String.valueOf(resident).equals(id)));
    }

    @Test
    void aRejectedReportResumesThePensionWithTheMonthsMissedBackPaidOnce() {
        long resident = pensioner("review-reject", YearMonth.of(2026, 7));
        reportDeath(resident);
        JsonPath rejected = decide("deathReportReject", "testadmin1", resident);
        Map<String, Object> first = answer(rejected, "deathReportReject");
        assertEquals(List.of(), first.get("userErrors"), rejected.prettify());
        assertEquals("REJECTED", first.get("decision"));
        assertEquals(1, first.get("pensionsChanged"));
        // August to November, paid on the 10th: four months of 203.00.
        assertEquals(Map.of("months", 4, "total", 812.0f), first.get("backPay"));
        assertNull(first.get("recovery"));
        assertEquals(1, db.count("select count(*) from pension_benefit where resident_id = ?1 and status = 'ACTIVE' "
                + "and suspended_since is null", resident));
        assertEquals(0, db.count("select count(*) from resident where id = ?1 and (death_reported_on is not null "
                + "or deceased_on is not null)", resident));
        assertEquals(4, db.count("select count(*) from pension_payment p join pension_benefit b on b.id = p.benefit_id "
                + "where b.resident_id = ?1 and p.kind = 'BACK_PAY' and p.period between '2026-08-01' and '2026-11-01'",
                resident));

        JsonPath again = decide("deathReportReject", "testadmin1", resident);
        assertEquals(first, answer(again, "deathReportReject"));
        assertEquals(4, db.count("select count(*) from pension_payment p join pension_benefit b on b.id = p.benefit_id "
                + "where b.resident_id = ?1 and p.kind = 'BACK_PAY'", resident));
        assertEquals(1, db.count("select count(*) from death_report_decision where resident_id = ?1", resident));
        assertEquals(1, db.count("select count(*) from audit_log where action = 'DEATH_REPORT_REJECTED' "
                + "and resident_id = ?1", resident));
        assertEquals("ALREADY_REJECTED", decide("deathReportConfirm", "testadmin1", resident)
                .getString("data.deathReportConfirm.userErrors[0].code"));
    }

    @Test
    void aRejectionLeavesAPensionWhoseCertificationLapsedMeanwhileSuspended() {
        long resident = db.resident("review-lapsed", LocalDate.of(1948, 3, 3), true, VILLAGE);
        long benefit = db.suspendedPension(resident, REPORTED.minusDays(30));
        db.execute("update resident set death_reported_on = ?1 where id = ?2", REPORTED, resident);
        Map<String, Object> rejected = answer(decide("deathReportReject", "testadmin1", resident), "deathReportReject");
        assertEquals(List.of(), rejected.get("userErrors"));
        assertEquals(0, rejected.get("pensionsChanged"));
        assertNull(rejected.get("backPay"));
        assertEquals("SUSPENDED", db.text("select status from pension_benefit where id = ?1", benefit));
        assertEquals(0, db.count("select count(*) from resident where id = ?1 and death_reported_on is not null",
                resident));
    }

    @Test
    void aConfirmationAndARejectionRacingEndInOneDecision() throws Exception {
        Gql.doc("reviewQueue").as("testadmin1"); // the token, fetched before the race
        for (int round = 0; round < 6; round++) {
            long resident = pensioner("review-race-" + round, YearMonth.of(2026, 7));
            reportedDirectly(resident);
            List<String> docs = round % 3 == 2 ? List.of("deathReportConfirm", "deathReportConfirm")
                    : round % 2 == 0 ? List.of("deathReportConfirm", "deathReportReject")
                    : List.of("deathReportReject", "deathReportConfirm");
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService admins = Executors.newFixedThreadPool(2);
            List<Map<String, Object>> answers = new ArrayList<>();
            try {
                List<Future<JsonPath>> sent = new ArrayList<>();
                for (String doc : docs) {
                    sent.add(admins.submit(() -> {
                        start.await();
                        return decide(doc, "testadmin1", resident);
                    }));
                }
                start.countDown();
                for (int i = 0; i < sent.size(); i++) {
                    JsonPath json = sent.get(i).get();
                    assertNull(json.get("errors"), json.prettify());
                    answers.add(answer(json, docs.get(i)));
                }
            } finally {
                admins.shutdown();
            }
            assertEquals(1, db.count("select count(*) from death_report_decision where resident_id = ?1", resident));
            String decision = db.text("select decision from death_report_decision where resident_id = ?1", resident);
            if (docs.get(0).equals(docs.get(1))) {
                assertEquals(answers.get(0), answers.get(1), "the same decision twice answers the same");
            } else {
                long succeeded = answers.stream().filter(a -> ((List<?>) a.get("userErrors")).isEmpty()).count();
                assertEquals(1, succeeded, answers.toString());
                String loserCode = answers.stream().filter(a -> !((List<?>) a.get("userErrors")).isEmpty())
                        .map(a -> (String) ((Map<?, ?>) ((List<?>) a.get("userErrors")).get(0)).get("code"))
                        .findFirst().orElseThrow();
                assertEquals(decision.equals("CONFIRMED") ? "ALREADY_CONFIRMED" : "ALREADY_REJECTED", loserCode);
            }
            if (decision.equals("CONFIRMED")) {
                assertEquals("TERMINATED", db.text("select status from pension_benefit where resident_id = ?1", resident));
                assertEquals(0, db.count("select count(*) from pension_payment p join pension_benefit b "
                        + "on b.id = p.benefit_id where b.resident_id = ?1 and p.kind = 'BACK_PAY'", resident));
                assertEquals(1, db.count("select count(*) from resident where id = ?1 and deceased_on is not null", resident));
            } else {
                assertEquals("ACTIVE", db.text("select status from pension_benefit where resident_id = ?1", resident));
                assertEquals(4, db.count("select count(*) from pension_payment p join pension_benefit b "
                        + "on b.id = p.benefit_id where b.resident_id = ?1 and p.kind = 'BACK_PAY'", resident));
                assertEquals(0, db.count("select count(*) from pension_payment_recovery r join pension_payment p "
                        + "on p.id = r.payment_id join pension_benefit b on b.id = p.benefit_id where b.resident_id = ?1",
                        resident));
                assertEquals(1, db.count("select count(*) from resident where id = ?1 and deceased_on is null "
                        + "and death_reported_on is null", resident));
            }
        }
    }

    @Test
    void aFlaggedVisitIsListedUntilResolvedAndResolvingAgainAnswersTheSame() {
        long resident = pensioner("review-flagged", YearMonth.of(2026, 11));
        long worker = db.count("select id from worker where login_subject = 'reviewworker1'");
        long visit = db.count("insert into home_visit (client_id, record_client_id, resident_id, worker_id, reason, "
                + "requested_by, status, outcome, visited_at, needs_review, review_reason, updated_at) values "
                + "(gen_random_uuid(), gen_random_uuid(), ?1, ?2, 'CERTIFICATION_DUE', 'WORKER', 'DONE', 'CERTIFIED', "
                + "?3, true, 'CERTIFIED_MEANWHILE', ?3) returning id", resident, worker,
                OffsetDateTime.parse("2020-01-01T09:00:00+08:00"));
        JsonPath queue = Gql.doc("reviewQueue").as("testadmin1").var("first", 100).post();
        Map<String, Object> item = queue.<Map<String, Object>> getList("data.reviewQueue.nodes").stream()
                .filter(i -> String.valueOf(visit).equals(i.get("visitId"))).findFirst()
                .orElseThrow(() -> new AssertionError(queue.prettify()));
        assertEquals("FLAGGED_VISIT", item.get("kind"));
        assertEquals("CERTIFIED_MEANWHILE", item.get("reviewReason"));
        assertEquals("CERTIFIED", item.get("visitOutcome"));
        assertEquals("审核测试协理员", item.get("workerName"));
        assertEquals("2020-01-01T09:00:00+08:00", item.get("since"));
        assertTrue(db.count("select count(*) from audit_log where action = 'REVIEW_QUEUE_READ' and resident_id = ?1 "
                + "and actor = 'testadmin1'", resident) >= 1);

        JsonPath fromHeshun = Gql.doc("visitReviewResolve").as("admin1")
                .var("input", Map.of("visitId", String.valueOf(visit))).post();
        JsonPath noVisit = Gql.doc("visitReviewResolve").as("admin1").var("input", Map.of("visitId", "999999999")).post();
        assertEquals("NOT_FOUND", fromHeshun.getString("data.visitReviewResolve.userErrors[0].code"));
        assertEquals(noVisit.getMap("data"), fromHeshun.getMap("data"));
        assertEquals(1, db.count("select count(*) from home_visit where id = ?1 and needs_review", visit));

        JsonPath tooLong = Gql.doc("visitReviewResolve").as("testadmin1")
                .var("input", Map.of("visitId", String.valueOf(visit), "note", "长".repeat(501))).post();
        assertEquals("NOTE_TOO_LONG", tooLong.getString("data.visitReviewResolve.userErrors[0].code"));

        JsonPath resolved = Gql.doc("visitReviewResolve").as("testadmin1")
                .var("input", Map.of("visitId", String.valueOf(visit), "note", "已核实，另一渠道认证有效")).post();
        assertEquals(List.of(), resolved.getList("data.visitReviewResolve.userErrors"), resolved.prettify());
        assertNotNull(resolved.getString("data.visitReviewResolve.reviewedAt"));
        JsonPath again = Gql.doc("visitReviewResolve").as("testadmin1")
                .var("input", Map.of("visitId", String.valueOf(visit))).post();
        assertEquals(resolved.getMap("data"), again.getMap("data"));
        assertEquals(1, db.count("select count(*) from home_visit where id = ?1 and not needs_review "
                + "and reviewed_by = 'testadmin1' and outcome = 'CERTIFIED'", visit));
        assertEquals(1, db.count("select count(*) from audit_log where action = 'VISIT_REVIEW_RESOLVED' "
                + "and resident_id = ?1", resident));
        JsonPath after = Gql.doc("reviewQueue").as("testadmin1").var("first", 100).post();
        assertTrue(after.getList("data.reviewQueue.nodes.visitId").stream().noneMatch(v -> String.valueOf(visit).equals(v)));
    }

    @Test
    void theQueueIsOldestFirstAndPagesWithoutGaps() {
        long old = pensioner("review-order-1", YearMonth.of(2026, 7));
        reportedDirectly(old);
        long recent = pensioner("review-order-2", YearMonth.of(2026, 7));
        db.execute("update resident set death_reported_on = ?1 where id = ?2", clock.today(), recent);
        JsonPath all = Gql.doc("reviewQueue").as("testadmin1").var("first", 100).post();
        List<Map<String, Object>> nodes = all.getList("data.reviewQueue.nodes");
        assertEquals(nodes.size(), all.getInt("data.reviewQueue.totalCount"));
        for (int i = 1; i < nodes.size(); i++) {
            assertTrue(OffsetDateTime.parse((String) nodes.get(i - 1).get("since"))
                    .compareTo(OffsetDateTime.parse((String) nodes.get(i).get("since"))) <= 0, nodes.toString());
        }
        List<String> ids = nodes.stream().map(n -> n.get("kind") + ":" + n.get("residentId") + ":" + n.get("visitId"))
                .toList();
        assertTrue(ids.indexOf("DEATH_REPORT:" + old + ":null") >= 0, ids.toString());
        assertTrue(ids.indexOf("DEATH_REPORT:" + old + ":null") < ids.indexOf("DEATH_REPORT:" + recent + ":null"),
                ids.toString());
        List<String> walked = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = Gql.doc("reviewQueue").as("testadmin1").var("first", 1).var("after", after).post();
            List<Map<String, Object>> one = page.getList("data.reviewQueue.nodes");
            one.forEach(n -> walked.add(n.get("kind") + ":" + n.get("residentId") + ":" + n.get("visitId")));
            after = page.getBoolean("data.reviewQueue.pageInfo.hasNextPage")
                    ? page.getString("data.reviewQueue.pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(ids, walked);
        JsonPath last = Gql.doc("reviewQueue").as("testadmin1").var("last", 1).post();
        assertEquals(List.of(ids.get(ids.size() - 1)), last.<Map<String, Object>> getList("data.reviewQueue.nodes")
                .stream().map(n -> n.get("kind") + ":" + n.get("residentId") + ":" + n.get("visitId")).toList());
    }

    @Test
    void peopleOutsideTheJurisdictionReadLikeNobody() {
        long resident = pensioner("review-outside", YearMonth.of(2026, 7));
        reportedDirectly(resident);
        // admin1 answers for Heshun: this test-county resident does not exist for them.
        JsonPath outside = decide("deathReportConfirm", "admin1", resident);
        JsonPath nobody = decide("deathReportConfirm", "admin1", 999999999L);
        assertEquals("NOT_FOUND", outside.getString("data.deathReportConfirm.userErrors[0].code"));
        assertEquals(nobody.getMap("data"), outside.getMap("data"));
        assertEquals("NOT_FOUND", decide("deathReportReject", "admin1", resident)
                .getString("data.deathReportReject.userErrors[0].code"));
        assertEquals("NOT_FOUND", decide("deathReportConfirm", "admin1", "not-a-number")
                .getString("data.deathReportConfirm.userErrors[0].code"));
        JsonPath heshunQueue = Gql.doc("reviewQueue").as("admin1").var("first", 100).post();
        assertNull(heshunQueue.get("errors"), heshunQueue.prettify());
        assertTrue(heshunQueue.getList("data.reviewQueue.nodes.villageCode").stream()
                .allMatch(code -> ((String) code).startsWith("140723")), heshunQueue.prettify());
        assertEquals(1, db.count("select count(*) from resident where id = ?1 and deceased_on is null "
                + "and death_reported_on is not null", resident));
        // testadmin1 answers for the test county: resident2 of Heshun does not exist for them.
        assertEquals("NOT_FOUND", decide("deathReportReject", "testadmin1", 2L)
                .getString("data.deathReportReject.userErrors[0].code"));
        assertEquals("NOT_FOUND", Gql.doc("visitReviewResolve").as("testadmin1").var("input", Map.of("visitId", "61"))
                .post().getString("data.visitReviewResolve.userErrors[0].code"));
    }

    @Test
    void residentAndWorkerTokensAreForbidden() {
        for (String user : List.of("resident1", "worker1", "reviewworker1")) {
            assertEquals("FORBIDDEN", Gql.doc("reviewQueue").as(user).post().getString("errors[0].extensions.code"));
            assertEquals("FORBIDDEN", decide("deathReportConfirm", user, 1L).getString("errors[0].extensions.code"));
            assertEquals("FORBIDDEN", decide("deathReportReject", user, 1L).getString("errors[0].extensions.code"));
            assertEquals("FORBIDDEN", Gql.doc("visitReviewResolve").as(user).var("input", Map.of("visitId", "1"))
                    .post().getString("errors[0].extensions.code"));
        }
        assertEquals("UNAUTHENTICATED", Gql.doc("reviewQueue").post().getString("errors[0].extensions.code"));
    }
}

package cn.civicservices.visit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.civicservices.common.SqlStatementCounter;
import cn.civicservices.support.FaceChecks;
import cn.civicservices.support.Fixtures;
import cn.civicservices.support.Gql;
import cn.civicservices.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The community worker's visits: schedule, record each outcome, sync offline records, only in their villages. */
@QuarkusTest
class WorkerHomeVisitTest {

    /** A test township with two villages: visitworker1 covers the first, visitworker2 the second. */
    static final String VILLAGE = "149901980001";
    static final String OTHER_VILLAGE = "149901980002";

    @Inject
    Fixtures db;

    @Inject
    TestClock clock;

    long worker;

    @BeforeEach
    void twoVillagesWithAWorkerEach() {
        db.testVillages(VILLAGE, OTHER_VILLAGE);
        for (String[] w : new String[][] { { "visitworker1", VILLAGE, "13800007001" },
                { "visitworker2", OTHER_VILLAGE, "13800007002" } }) {
            db.execute("insert into worker (name, phone, login_subject) values ('测试协理员', ?2, ?1) "
                    + "on conflict (login_subject) do nothing", w[0], w[2]);
            db.execute("insert into worker_area (worker_id, area_code) select id, ?2 from worker "
                    + "where login_subject = ?1 on conflict do nothing", w[0], w[1]);
        }
        worker = db.count("select id from worker where login_subject = 'visitworker1'");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long resident(String login) {
        return db.resident(login, LocalDate.of(1946, 6, 6), true, VILLAGE);
    }

    /** A resident of the worker's village whose pension is suspended since two months. */
    private long suspendedPensioner(String login) {
        long resident = resident(login);
        db.suspendedPension(resident, clock.today().minusMonths(2));
        return resident;
    }

    private String at(OffsetDateTime time) {
        return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private Map<String, Object> record(String clientId, long resident, String outcome) {
        Map<String, Object> input = new HashMap<>();
        input.put("clientId", clientId);
        input.put("residentId", String.valueOf(resident));
        input.put("outcome", outcome);
        input.put("visitedAt", at(clock.now().minusHours(2)));
        input.put("latitude", 37.33);
        input.put("longitude", 113.57);
        input.put("note", "老人在家，当面核验。");
        return input;
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }

    private JsonPath sync(String worker, List<Map<String, Object>> visits) {
        return Gql.doc("homeVisitSync").as(worker).var("input", Map.of("visits", visits)).post();
    }

    @Test
    void theWorkerSchedulesAVisitAndRecordsEachOutcome() {
        long requested = suspendedPensioner("tester1");
        String requestId = Gql.doc("homeVisitRequest").as("tester1").var("input", Map.of("clientId", uuid())).post()
                .getString("data.homeVisitRequest.homeVisit.id");

        LocalDate day = clock.today().plusDays(2);
        JsonPath scheduled = Gql.doc("homeVisitSchedule").as("visitworker1")
                .var("input", Map.of("visitId", requestId, "scheduledOn", day.toString(), "note", "上午去")).post();
        assertEquals(List.of(), scheduled.getList("data.homeVisitSchedule.userErrors"));
        assertEquals("SCHEDULED", scheduled.getString("data.homeVisitSchedule.homeVisit.status"));
        assertEquals(day.toString(), scheduled.getString("data.homeVisitSchedule.homeVisit.scheduledOn"));
        assertEquals("13800007001", scheduled.getString("data.homeVisitSchedule.homeVisit.worker.phone"));
        assertEquals(1, db.count("select count(*) from audit_log where resident_id = ?1 and action = 'HOME_VISIT_SCHEDULED' "
                + "and actor = 'visitworker1'", requested));

        // A new visit the worker plans, safe to retry; a second open one is not created.
        long other = resident("tester2");
        String clientId = uuid();
        Map<String, Object> create = Map.of("residentId", String.valueOf(other), "reason", "BEDRIDDEN",
                "clientId", clientId, "scheduledOn", clock.today().toString());
        JsonPath created = Gql.doc("homeVisitSchedule").as("visitworker1").var("input", create).post();
        assertEquals("WORKER", created.getString("data.homeVisitSchedule.homeVisit.requestedBy"));
        assertEquals("SCHEDULED", created.getString("data.homeVisitSchedule.homeVisit.status"));
        String createdId = created.getString("data.homeVisitSchedule.homeVisit.id");
        assertEquals(createdId, Gql.doc("homeVisitSchedule").as("visitworker1").var("input", create).post()
                .getString("data.homeVisitSchedule.homeVisit.id"));
        Map<String, Object> second = new HashMap<>(create);
        second.put("clientId", uuid());
        JsonPath again = Gql.doc("homeVisitSchedule").as("visitworker1").var("input", second).post();
        assertEquals("ALREADY_REQUESTED", again.getString("data.homeVisitSchedule.userErrors[0].code"));
        assertEquals(createdId, again.getString("data.homeVisitSchedule.homeVisit.id"));

        // Each outcome; the record completes the resident's open visit.
        Map<String, Object> notAtHome = record(uuid(), other, "NOT_AT_HOME");
        notAtHome.put("visitId", createdId);
        JsonPath done = Gql.doc("homeVisitRecord").as("visitworker1").var("input", notAtHome).post();
        assertEquals("CREATED", done.getString("data.homeVisitRecord.status"));
        assertEquals(createdId, done.getString("data.homeVisitRecord.homeVisit.id"));
        assertEquals("DONE", done.getString("data.homeVisitRecord.homeVisit.status"));
        assertEquals("NOT_AT_HOME", done.getString("data.homeVisitRecord.homeVisit.outcome"));
        JsonPath resent = Gql.doc("homeVisitRecord").as("visitworker1").var("input", notAtHome).post();
        assertEquals("ALREADY_RECEIVED", resent.getString("data.homeVisitRecord.status"));
        assertEquals(createdId, resent.getString("data.homeVisitRecord.homeVisit.id"));

        for (String outcome : List.of("REFUSED", "NEEDS_FOLLOW_UP", "NOT_AT_HOME")) {
            JsonPath r = Gql.doc("homeVisitRecord").as("visitworker1").var("input", record(uuid(), other, outcome)).post();
            assertEquals("CREATED", r.getString("data.homeVisitRecord.status"), r.prettify());
            assertEquals(outcome, r.getString("data.homeVisitRecord.homeVisit.outcome"));
            assertNull(r.get("data.homeVisitRecord.certification"));
        }
        assertEquals(4, db.count("select count(*) from home_visit where resident_id = ?1 and status = 'DONE' "
                + "and worker_id = ?2 and latitude = 37.33 and record_client_id is not null", other, worker));
        assertEquals(4, db.count("select count(*) from audit_log where resident_id = ?1 "
                + "and action = 'HOME_VISIT_RECORDED'", other));
    }

    @Test
    void aCertifiedVisitCertifiesThroughTheOnePathWithBackPayAndTheWorkerAsWitness() {
        long resident = suspendedPensioner("tester1");
        String visitId = Gql.doc("homeVisitSchedule").as("visitworker1").var("input", Map.of("residentId",
                String.valueOf(resident), "reason", "BEDRIDDEN", "clientId", uuid(), "scheduledOn",
                clock.today().toString())).post().getString("data.homeVisitSchedule.homeVisit.id");

        Map<String, Object> input = record(uuid(), resident, "CERTIFIED");
        input.put("visitId", visitId);
        JsonPath result = Gql.doc("homeVisitRecord").as("visitworker1").var("input", input).post();
        String p = "data.homeVisitRecord.";
        assertEquals(List.of(), result.getList(p + "userErrors"), result.prettify());
        assertEquals("HOME_VISIT", result.getString(p + "certification.channel"));
        assertEquals(clock.today().plusMonths(12).toString(), result.getString(p + "certification.validUntil"));
        assertThat(result.getInt(p + "backPay.months"), greaterThan(0));
        assertEquals(visitId, result.getString(p + "homeVisit.id"));
        assertEquals(false, result.getBoolean(p + "homeVisit.needsReview"));

        assertEquals(1, db.count("select count(*) from certification c join pension_benefit b on b.id = c.benefit_id "
                + "where b.resident_id = ?1 and c.channel = 'HOME_VISIT' and c.evidence_type = 'IN_PERSON' "
                + "and c.worker_id = ?2 and c.home_visit_id = ?3", resident, worker, Long.parseLong(visitId)));
        assertEquals("ACTIVE", db.text("select status from pension_benefit where resident_id = ?1", resident));
        assertEquals(result.getInt(p + "backPay.months"), db.count("select count(*) from pension_payment p "
                + "join pension_benefit b on b.id = p.benefit_id where b.resident_id = ?1 and p.kind = 'BACK_PAY'", resident));
        assertEquals(1, db.count("select count(*) from audit_log where resident_id = ?1 and action = 'CERTIFIED_HOME_VISIT'",
                resident));
    }

    @Test
    void aReportedDeathSuspendsThePensionPendingReviewAndBlocksAFaceCheck() {
        long resident = resident("tester2");
        long benefit = db.benefit(resident, db.enrolment(resident, "URBAN_RURAL_RESIDENT", BigDecimal.ZERO, 0),
                "URBAN_RURAL_RESIDENT", null);
        db.certification(benefit, "CENTRALIZED", clock.today().minusMonths(6), clock.today().plusMonths(6));
        // Visited late in the evening, recorded after midnight: the death is reported on the day of the visit.
        LocalDate visitDay = clock.today().minusDays(1);
        clock.setCounty(clock.today(), LocalTime.of(0, 30));
        Map<String, Object> input = record(uuid(), resident, "REPORTED_DECEASED");
        input.put("visitedAt", at(visitDay.atTime(23, 40).atZone(TestClock.COUNTY).toOffsetDateTime()));
        JsonPath result = Gql.doc("homeVisitRecord").as("visitworker1").var("input", input).post();
        assertEquals("CREATED", result.getString("data.homeVisitRecord.status"), result.prettify());

        assertEquals("SUSPENDED", db.text("select status from pension_benefit where id = ?1", benefit),
                "one worker's word never ends a pension");
        assertEquals(visitDay.toString(), db.text("select cast(suspended_since as text) from pension_benefit where id = ?1", benefit));
        assertEquals(visitDay.toString(), db.text("select cast(death_reported_on as text) from resident where id = ?1", resident));
        assertEquals(1, db.count("select count(*) from audit_log where resident_id = ?1 and action = 'DEATH_REPORTED'", resident));

        JsonPath faceCheck = Gql.doc("faceCheck").as("tester2")
                .var("result", FaceChecks.result(db.idNumberOf(resident), "MATCH")).post();
        assertEquals("DECEASED", faceCheck.getString("data.certificationSubmitFaceCheck.userErrors[0].code"));
    }

    @Test
    void aPersonCertifiedMeanwhileIsStoredFlaggedAndNotCertifiedAgain() {
        long resident = suspendedPensioner("tester3");
        String visitId = Gql.doc("homeVisitSchedule").as("visitworker1").var("input", Map.of("residentId",
                String.valueOf(resident), "reason", "FACE_CHECK_FAILED", "clientId", uuid(), "scheduledOn",
                clock.today().plusDays(1).toString())).post().getString("data.homeVisitSchedule.homeVisit.id");
        // The worker visits and logs it offline; meanwhile the resident manages the face check after all.
        Map<String, Object> offline = record(uuid(), resident, "CERTIFIED");
        offline.put("visitId", visitId);
        offline.put("visitedAt", at(clock.now().minusHours(3)));
        JsonPath faceCheck = Gql.doc("faceCheck").as("tester3")
                .var("result", FaceChecks.result(db.idNumberOf(resident), "MATCH")).post();
        assertNotNull(faceCheck.get("data.certificationSubmitFaceCheck.certification"));
        assertEquals("CANCELLED", db.text("select status from home_visit where id = ?1", Long.parseLong(visitId)),
                "self-service certification calls off the open visit");
        assertThat(db.text("select outcome_note from home_visit where id = ?1", Long.parseLong(visitId)),
                containsString("无需上门"));

        JsonPath synced = sync("visitworker1", List.of(offline));
        String r = "data.homeVisitSync.results[0].";
        assertEquals("CREATED", synced.getString(r + "status"), synced.prettify());
        assertEquals("ALREADY_CERTIFIED_FLAGGED", synced.getString(r + "error.code"));
        assertEquals(true, synced.getBoolean(r + "homeVisit.needsReview"));
        assertEquals("CERTIFIED_MEANWHILE", synced.getString(r + "homeVisit.reviewReason"));
        assertEquals("CERTIFIED", synced.getString(r + "homeVisit.outcome"), "what the worker recorded is kept");
        assertEquals(0, db.count("select count(*) from certification c join pension_benefit b on b.id = c.benefit_id "
                + "where b.resident_id = ?1 and c.channel = 'HOME_VISIT'", resident));
        assertEquals("CANCELLED", db.text("select status from home_visit where id = ?1", Long.parseLong(visitId)));
        assertEquals("ALREADY_RECEIVED", sync("visitworker1", List.of(offline)).getString(r + "status"));
    }

    @Test
    void theSameBatchSentTwiceAtOnceStoresEachVisitOnce() throws Exception {
        List<Map<String, Object>> batch = new ArrayList<>();
        List<Long> certified = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long resident = suspendedPensioner("batch-twice-" + i);
            certified.add(resident);
            batch.add(record(uuid(), resident, "CERTIFIED"));
            batch.add(record(uuid(), resident(("batch-twice-other-" + i)), "NOT_AT_HOME"));
        }
        List<Map<String, Object>> shuffled = new ArrayList<>(batch);
        Collections.shuffle(shuffled, new Random(7));
        Gql.doc("homeVisitSync").as("visitworker1"); // the token, fetched before the race
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService phones = Executors.newFixedThreadPool(2);
        try {
            List<Future<JsonPath>> sent = new ArrayList<>();
            for (List<Map<String, Object>> visits : List.of(batch, shuffled)) {
                sent.add(phones.submit(() -> {
                    start.await();
                    return sync("visitworker1", visits);
                }));
            }
            start.countDown();
            List<String> statuses = new ArrayList<>();
            for (Future<JsonPath> f : sent) {
                JsonPath result = f.get();
                assertNull(result.get("errors"), result.prettify());
                statuses.addAll(result.getList("data.homeVisitSync.results.status"));
            }
            assertEquals(16, Collections.frequency(statuses, "CREATED"), statuses.toString());
            assertEquals(16, Collections.frequency(statuses, "ALREADY_RECEIVED"), statuses.toString());
        } finally {
            phones.shutdown();
        }
        for (Map<String, Object> visit : batch) {
            assertEquals(1, db.count("select count(*) from home_visit where record_client_id = cast(?1 as uuid)",
                    visit.get("clientId")));
        }
        for (long resident : certified) {
            assertEquals(1, db.count("select count(*) from certification c join pension_benefit b on b.id = c.benefit_id "
                    + "where b.resident_id = ?1 and c.channel = 'HOME_VISIT'", resident));
            assertEquals("ACTIVE", db.text("select status from pension_benefit where resident_id = ?1", resident));
        }
    }

    @Test
    void aWorkerProbingAnotherWorkersVillageLearnsNothing() {
        List<Long> theirs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            theirs.add(suspendedPensioner("probed-" + i));
        }
        String openVisit = Gql.doc("homeVisitSchedule").as("visitworker1").var("input", Map.of("residentId",
                String.valueOf(theirs.get(0)), "reason", "BEDRIDDEN", "clientId", uuid(), "scheduledOn",
                clock.today().toString())).post().getString("data.homeVisitSchedule.homeVisit.id");
        long nobody = db.count("select max(id) from resident") + 1_000_000;
        String clientId = uuid();

        Map<String, Object> nobodyAnswers = probe(nobody, clientId, String.valueOf(nobody * 10));
        for (long resident : theirs) {
            Map<String, Object> answers = probe(resident, clientId, openVisit);
            assertEquals(nobodyAnswers, answers, "another worker's resident is answered like nobody");
        }
        assertEquals(0, db.count("select count(*) from home_visit where resident_id in (?1, ?2, ?3) and worker_id = "
                + "(select id from worker where login_subject = 'visitworker2')", theirs.get(0), theirs.get(1), theirs.get(2)));
        assertEquals(0, db.count("select count(*) from audit_log where actor = 'visitworker2' and resident_id in (?1, ?2, ?3)",
                theirs.get(0), theirs.get(1), theirs.get(2)));
    }

    /** The answers, and the statements it took, of every mutation about a resident (and a visit) as visitworker2. */
    private Map<String, Object> probe(long resident, String clientId, String visitId) {
        Map<String, Object> answers = new HashMap<>();
        long before = SqlStatementCounter.count();
        answers.put("schedule", Gql.doc("homeVisitSchedule").as("visitworker2").var("input", Map.of("residentId",
                String.valueOf(resident), "reason", "BEDRIDDEN", "clientId", clientId, "scheduledOn",
                clock.today().toString())).post().getMap("$"));
        answers.put("scheduleVisit", Gql.doc("homeVisitSchedule").as("visitworker2").var("input", Map.of("visitId",
                visitId, "scheduledOn", clock.today().toString())).post().getMap("data"));
        answers.put("record", Gql.doc("homeVisitRecord").as("visitworker2")
                .var("input", record(clientId, resident, "CERTIFIED")).post().getMap("$"));
        Map<String, Object> withVisit = record(clientId, resident, "NOT_AT_HOME");
        withVisit.put("visitId", visitId);
        answers.put("sync", sync("visitworker2", List.of(record(clientId, resident, "REPORTED_DECEASED"), withVisit))
                .getMap("$"));
        answers.put("statements", SqlStatementCounter.count() - before);
        assertEquals("NOT_FOUND", ((Map<?, ?>) ((List<?>) ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) answers.get("schedule"))
                .get("data")).get("homeVisitSchedule")).get("userErrors")).get(0)).get("code"));
        return answers;
    }

    @Test
    void residentAndAdministratorTokensAreForbidden() {
        long resident = resident("tester4");
        for (String user : List.of("tester4", "admin1")) {
            JsonPath schedule = Gql.doc("homeVisitSchedule").as(user).var("input", Map.of("residentId",
                    String.valueOf(resident), "reason", "BEDRIDDEN", "clientId", uuid(), "scheduledOn",
                    clock.today().toString())).post();
            assertEquals("FORBIDDEN", schedule.getString("errors[0].extensions.code"), user);
            JsonPath record = Gql.doc("homeVisitRecord").as(user).var("input", record(uuid(), resident, "CERTIFIED"))
                    .post();
            assertEquals("FORBIDDEN", record.getString("errors[0].extensions.code"), user);
            JsonPath sync = sync(user, List.of(record(uuid(), resident, "NOT_AT_HOME")));
            assertEquals("FORBIDDEN", sync.getString("errors[0].extensions.code"), user);
        }
        assertEquals(0, db.count("select count(*) from home_visit where resident_id = ?1", resident));
    }

    @Test
    void badInputIsRefusedWithACodeAndTheGoodRecordsOfABatchAreKept() {
        long resident = resident("tester5");
        long elsewhere = db.resident("tester1", LocalDate.of(1950, 1, 1), false, OTHER_VILLAGE);
        String othersClientId = uuid();
        assertEquals("CREATED", sync("visitworker2", List.of(record(othersClientId, elsewhere, "NOT_AT_HOME")))
                .getString("data.homeVisitSync.results[0].status"));

        Map<String, Map<String, Object>> cases = new java.util.LinkedHashMap<>();
        Map<String, Object> future = record(uuid(), resident, "NOT_AT_HOME");
        future.put("visitedAt", at(clock.now().plusHours(1)));
        cases.put("VISITED_AT_OUT_OF_RANGE", future);
        Map<String, Object> old = record(uuid(), resident, "NOT_AT_HOME");
        old.put("visitedAt", at(clock.now().minusMonths(13)));
        cases.put("VISITED_AT_OUT_OF_RANGE ", old);
        Map<String, Object> north = record(uuid(), resident, "NOT_AT_HOME");
        north.put("latitude", 60.0);
        cases.put("POSITION_OUT_OF_RANGE", north);
        Map<String, Object> west = record(uuid(), resident, "NOT_AT_HOME");
        west.put("longitude", 20.0);
        cases.put("POSITION_OUT_OF_RANGE ", west);
        Map<String, Object> megabyte = record(uuid(), resident, "NOT_AT_HOME");
        megabyte.put("note", "a".repeat(1 << 20));
        cases.put("NOTE_TOO_LONG", megabyte);
        cases.put("NOT_FOUND", record(uuid(), db.count("select max(id) from resident") + 1_000_000, "NOT_AT_HOME"));
        cases.put("INVALID", record("not-a-uuid", resident, "NOT_AT_HOME"));
        cases.put("CLIENT_ID_TAKEN", record(othersClientId, resident, "NOT_AT_HOME"));
        Map<String, Object> skewed = record(uuid(), resident, "REFUSED");
        skewed.put("visitedAt", at(clock.now().plusMinutes(2)));
        cases.put("", skewed);

        List<Map<String, Object>> visits = new ArrayList<>(cases.values());
        JsonPath result = sync("visitworker1", visits);
        assertNull(result.get("errors"), result.prettify());
        List<String> expected = cases.keySet().stream().map(String::trim).toList();
        for (int i = 0; i < expected.size(); i++) {
            String r = "data.homeVisitSync.results[" + i + "].";
            if (expected.get(i).isEmpty()) {
                assertEquals("CREATED", result.getString(r + "status"), "a phone a little ahead is fine");
                assertNull(result.get(r + "error"));
            } else {
                assertEquals("REFUSED", result.getString(r + "status"), expected.get(i));
                assertEquals(expected.get(i), result.getString(r + "error.code"));
                assertNull(result.get(r + "homeVisit"));
            }
        }
        assertThat(result.getString("data.homeVisitSync.results[4].error.message"), containsString("500"));
        assertEquals(List.of("input", "visits", "2", "latitude"), result.getList("data.homeVisitSync.results[2].error.field"));
        assertEquals(1, db.count("select count(*) from home_visit where resident_id = ?1", resident),
                "the good record is kept, the others stored nothing");
        assertEquals(1, db.count("select count(*) from home_visit where resident_id = ?1", elsewhere),
                "another person's clientId never touches their visit");

        // One record at a time: the same constraints, at the top level.
        JsonPath single = Gql.doc("homeVisitRecord").as("visitworker1").var("input", future).post();
        assertEquals("BAD_USER_INPUT", single.getString("errors[0].extensions.code"));
        assertThat(single.getString("errors[0].message"), containsString("input.visitedAt"));
        JsonPath bigNote = Gql.doc("homeVisitRecord").as("visitworker1").var("input", megabyte).post();
        assertEquals("BAD_USER_INPUT", bigNote.getString("errors[0].extensions.code"));

        // A position that is not a number: the document does not fit the schema, nothing is stored.
        Map<String, Object> notANumber = record(uuid(), resident, "NOT_AT_HOME");
        notANumber.put("latitude", "北纬37度");
        JsonPath typed = sync("visitworker1", List.of(record(uuid(), resident, "NOT_AT_HOME"), notANumber));
        assertEquals("GRAPHQL_VALIDATION_FAILED", typed.getString("errors[0].extensions.code"));
        assertThat(typed.getString("errors[0].message"), containsString("latitude"));

        // Too many at once: refused as a whole, nothing stored.
        for (int size : List.of(201, 10_000)) {
            List<Map<String, Object>> many = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                many.add(record(uuid(), resident, "NOT_AT_HOME"));
            }
            JsonPath tooMany = sync("visitworker1", many);
            assertEquals("BAD_USER_INPUT", tooMany.getString("errors[0].extensions.code"), String.valueOf(size));
            assertThat(tooMany.getString("errors[0].message"), containsString("200"));
            assertNull(tooMany.get("data.homeVisitSync"));
        }
        assertEquals(1, db.count("select count(*) from home_visit where resident_id = ?1", resident));

        // A day out of the scheduling window.
        for (LocalDate day : List.of(clock.today().minusDays(1), clock.today().plusDays(91))) {
            JsonPath schedule = Gql.doc("homeVisitSchedule").as("visitworker1").var("input", Map.of("residentId",
                    String.valueOf(resident), "reason", "BEDRIDDEN", "clientId", uuid(), "scheduledOn", day.toString()))
                    .post();
            assertEquals("BAD_USER_INPUT", schedule.getString("errors[0].extensions.code"), day.toString());
            assertThat(schedule.getString("errors[0].message"), containsString("input.scheduledOn"));
        }
        assertEquals("SCHEDULED", Gql.doc("homeVisitSchedule").as("visitworker1").var("input", Map.of("residentId",
                String.valueOf(resident), "reason", "BEDRIDDEN", "clientId", uuid(), "scheduledOn",
                clock.today().plusDays(90).toString())).post().getString("data.homeVisitSchedule.homeVisit.status"));
    }

    @Test
    void theWorkerLooksBackOnTheVisitsTheyRecordedAndNobodyElseDoes() {
        // A day after the other tests' visits, so that these are the worker's most recent.
        clock.setCounty(TestClock.SEED_TODAY.plusDays(1), LocalTime.of(18, 0));
        long first = resident("recorded-1");
        long second = resident("recorded-2");
        List<Map<String, Object>> visits = new ArrayList<>();
        for (int hoursAgo : new int[] { 5, 1, 3 }) {
            Map<String, Object> visit = record(uuid(), hoursAgo == 1 ? second : first, "NOT_AT_HOME");
            visit.put("visitedAt", at(clock.now().minusHours(hoursAgo).minusMinutes(7)));
            visits.add(visit);
        }
        assertEquals(Collections.nCopies(3, "CREATED"), sync("visitworker1", visits)
                .getList("data.homeVisitSync.results.status"));
        String mine = db.text("select string_agg(id::text, ',' order by visited_at desc) from home_visit "
                + "where worker_id = ?1 and status = 'DONE' and resident_id in (?2, ?3)", worker, first, second);

        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = Gql.doc("recordedVisits").as("visitworker1").var("first", 2).var("after", after).post();
            assertNull(page.get("errors"), page.prettify());
            seen.addAll(page.getList("data.myRecordedVisits.nodes.id"));
            after = page.getBoolean("data.myRecordedVisits.pageInfo.hasNextPage")
                    ? page.getString("data.myRecordedVisits.pageInfo.endCursor") : null;
        } while (after != null);
        List<String> ours = seen.stream().filter(id -> List.of(mine.split(",")).contains(id)).toList();
        assertEquals(List.of(mine.split(",")), ours, "newest visit first, across pages");
        long lastAudit = db.count("select coalesce(max(id), 0) from audit_log");
        String audited = "select count(*) from audit_log where action = 'READ_RECORDED_VISITS' "
                + "and resident_id = ?1 and actor = 'visitworker1' and id > ?2";
        JsonPath latest = Gql.doc("recordedVisits").as("visitworker1").var("first", 1).post();
        assertEquals(String.valueOf(second), latest.getString("data.myRecordedVisits.nodes[0].residentId"));
        assertEquals(VILLAGE, latest.getString("data.myRecordedVisits.nodes[0].villageCode"));
        assertThat(latest.getString("data.myRecordedVisits.nodes[0].idNumberMasked"), containsString("*"));
        assertEquals(1, db.count(audited, second, lastAudit), "the person shown is audited");
        assertEquals(0, db.count(audited, first, lastAudit), "nobody not shown is audited");

        JsonPath theirs = Gql.doc("recordedVisits").as("visitworker2").var("first", 100).post();
        assertEquals(List.of(), theirs.getList("data.myRecordedVisits.nodes.id").stream()
                .filter(id -> List.of(mine.split(",")).contains(id)).toList());
        assertEquals(0, Gql.doc("recordedVisits").as("visitworker1").var("villageCode", OTHER_VILLAGE).post()
                .getInt("data.myRecordedVisits.totalCount"));
        assertEquals("FORBIDDEN", Gql.doc("recordedVisits").as("resident1").post()
                .getString("errors[0].extensions.code"));
        assertEquals("BAD_USER_INPUT", Gql.doc("recordedVisits").as("visitworker1").var("after", "bm90LWEtY3Vyc29y")
                .post().getString("errors[0].extensions.code"));
    }

    @Test
    void aRecordTheDatabaseRejectsNeverTakesTheOthersWithIt() {
        long certified = suspendedPensioner("batch-fault-1");
        long notAtHome = resident("batch-fault-2");
        long broken = resident("batch-fault-3");
        Map<String, Object> failing = record(uuid(), broken, "NOT_AT_HOME");
        failing.put("note", "数据库拒收的记录");
        // A fault of the database on one record: a trigger that rejects the row with this note.
        db.execute("create function reject_marked_visit() returns trigger language plpgsql as $$ begin "
                + "if new.outcome_note = '数据库拒收的记录' then raise exception 'rejected for the test'; end if; "
                + "return new; end $$");
        db.execute("create trigger reject_marked_visit before insert or update on home_visit "
                + "for each row execute function reject_marked_visit()");
        JsonPath result;
        try {
            result = sync("visitworker1", List.of(record(uuid(), certified, "CERTIFIED"), failing,
                    record(uuid(), notAtHome, "NOT_AT_HOME")));
        } finally {
            db.execute("drop trigger reject_marked_visit on home_visit");
            db.execute("drop function reject_marked_visit()");
        }
        assertNull(result.get("errors"), result.prettify());
        assertEquals(List.of("CREATED", "REFUSED", "CREATED"), result.getList("data.homeVisitSync.results.status"));
        assertEquals("FAILED", result.getString("data.homeVisitSync.results[1].error.code"));
        assertEquals(List.of("input", "visits", "1"), result.getList("data.homeVisitSync.results[1].error.field")
                .subList(0, 3));
        assertEquals("ACTIVE", db.text("select status from pension_benefit where resident_id = ?1", certified));
        assertEquals(1, db.count("select count(*) from certification c join pension_benefit b on b.id = c.benefit_id "
                + "where b.resident_id = ?1 and c.channel = 'HOME_VISIT'", certified));
        assertEquals(1, db.count("select count(*) from home_visit where resident_id = ?1", notAtHome));
        assertEquals(0, db.count("select count(*) from home_visit where resident_id = ?1", broken));
        assertEquals(0, db.count("select count(*) from audit_log where resident_id = ?1", broken));
    }

    @Test
    void aBatchCostsTheSameStatementsWhateverItsSize() {
        long statements20 = statementsOfABatch(20, "batch-cost-small-");
        long statements200 = statementsOfABatch(200, "batch-cost-large-");
        System.out.printf("homeVisitSync: %d SQL statements for 20 records, %d for 200%n", statements20,
                statements200);
        assertEquals(statements20, statements200, "the statements of a batch do not grow with its size");
        // Up front: caller, coverage, residents, visits (4); the pension rows locked and their certifications (2);
        // the open visits closed, the others inserted (2); certifying: people, pension rows, policy, certifications,
        // back-pay, resumed pensions, audit (7); the reported deaths (2); the audit (1); the answer (2).
        assertThat(statements200, lessThanOrEqualTo(20L));
    }

    /**
     * Sends a batch of {@code size} new records, half of them about people whose request is open, in every kind
     * of outcome: certifications with back-pay, deaths reported, and visits without a change. Then sends it again.
     * Answers the statements of the first send; checks what was stored and that the second stored nothing.
     */
    private long statementsOfABatch(int size, String loginPrefix) {
        List<Map<String, Object>> visits = new ArrayList<>();
        List<Long> certifiedPeople = new ArrayList<>();
        List<Long> deadPeople = new ArrayList<>();
        for (int i = 0; i < size / 2; i++) {
            long resident = suspendedPensioner(loginPrefix + i);
            if (i % 2 == 0) {
                db.execute("insert into home_visit (client_id, resident_id, worker_id, reason, requested_by, status) "
                        + "values (gen_random_uuid(), ?1, ?2, 'BEDRIDDEN', 'RESIDENT', 'REQUESTED')", resident, worker);
            }
            visits.add(record(uuid(), resident, i % 3 == 0 ? "REFUSED" : "NOT_AT_HOME"));
            boolean dies = i % 5 == 4;
            visits.add(record(uuid(), resident, dies ? "REPORTED_DECEASED" : "CERTIFIED"));
            (dies ? deadPeople : certifiedPeople).add(resident);
        }
        sync("visitworker1", List.of(record(uuid(), resident("warm-up-" + loginPrefix), "NOT_AT_HOME")));

        long before = SqlStatementCounter.count();
        JsonPath result = sync("visitworker1", visits);
        long statements = SqlStatementCounter.count() - before;
        assertEquals(Collections.nCopies(size, "CREATED"), result.getList("data.homeVisitSync.results.status"));
        assertEquals(List.of(), result.getList("data.homeVisitSync.results.error").stream()
                .filter(e -> e != null).toList());
        for (long person : certifiedPeople) {
            assertEquals(1, db.count("select count(*) from certification c join pension_benefit b "
                    + "on b.id = c.benefit_id where b.resident_id = ?1 and c.channel = 'HOME_VISIT' "
                    + "and c.worker_id = ?2", person, worker));
            assertEquals("ACTIVE", db.text("select status from pension_benefit where resident_id = ?1", person));
            // Suspended since 22 September: September to November, each payday passed by 22 November.
            assertEquals(3, db.count("select count(*) from pension_payment p join pension_benefit b "
                    + "on b.id = p.benefit_id where b.resident_id = ?1 and p.kind = 'BACK_PAY'", person));
        }
        for (long person : deadPeople) {
            assertEquals("SUSPENDED", db.text("select status from pension_benefit where resident_id = ?1", person));
            assertEquals(1, db.count("select count(*) from resident where id = ?1 and death_reported_on is not null",
                    person));
        }
        assertEquals(0, db.count("select count(*) from home_visit v join resident r on r.id = v.resident_id "
                + "where r.login_subject like ?1 and v.status = 'REQUESTED'", loginPrefix + "%"));
        assertEquals(size + certifiedPeople.size() + deadPeople.size(), db.count("select count(*) from audit_log a "
                + "join resident r on r.id = a.resident_id where r.login_subject like ?1 and a.action in "
                + "('HOME_VISIT_RECORDED', 'CERTIFIED_HOME_VISIT', 'DEATH_REPORTED')", loginPrefix + "%"));

        long beforeAgain = SqlStatementCounter.count();
        JsonPath again = sync("visitworker1", visits);
        long statementsAgain = SqlStatementCounter.count() - beforeAgain;
        assertEquals(Collections.nCopies(size, "ALREADY_RECEIVED"),
                again.getList("data.homeVisitSync.results.status"));
        assertEquals(result.getList("data.homeVisitSync.results.homeVisit.id"),
                again.getList("data.homeVisitSync.results.homeVisit.id"));
        System.out.printf("homeVisitSync of %d records sent again: %d SQL statements%n", size, statementsAgain);
        assertThat(statementsAgain, lessThanOrEqualTo(8L));
        return statements;
    }
}

package cn.civicservices.worklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

/** A worker's work list and offline package, on a village of its own so the seed does not crowd it. */
@QuarkusTest
class WorkListTest {

    static final String VILLAGE = "149901991001";
    /** Where the people of earlier tests move, out of the worker's reach. */
    static final String NEIGHBOUR = "149901991002";

    @Inject
    Fixtures db;

    @Inject
    TestClock clock;

    /** The people of the village, created once per test: ids in the order the list must show them. */
    private final List<Long> expected = new ArrayList<>();
    private long certifiedFarAhead;

    @BeforeEach
    void villageWithItsWorkerAndPeople() {
        db.testVillages(VILLAGE, NEIGHBOUR);
        db.worker("listworker1", "清单协理员", "13800008888", VILLAGE);
        // Earlier tests' people of this village leave it, so each test sees exactly its own.
        db.execute("update resident set area_code = ?1 where area_code = ?2", NEIGHBOUR, VILLAGE);
        expected.clear();
        LocalDate today = clock.today();

        long suspended = person(false, false);
        db.suspendedPension(suspended, today.minusDays(10));
        long bedriddenDue = person(true, false);
        pension(bedriddenDue, today.plusDays(20));
        long dueSoon = person(false, false);
        pension(dueSoon, today.plusDays(5));
        long dueLater = person(false, false);
        pension(dueLater, today.plusDays(25));
        long requester = person(false, false);
        db.execute("insert into home_visit (client_id, resident_id, reason, requested_by, status, notes, created_at, "
                + "updated_at) values (?1, ?2, 'RESIDENT_REQUEST', 'RELATIVE', 'REQUESTED', '腿脚不便', ?3, ?3)",
                UUID.randomUUID(), requester, clock.now());
        certifiedFarAhead = person(false, false);
        pension(certifiedFarAhead, today.plusDays(200));
        // Suspended first; then the bedridden; then the soonest lapse (a request without a pension sorts first).
        expected.addAll(List.of(suspended, bedriddenDue, requester, dueSoon, dueLater));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long person(boolean bedridden, boolean alone) {
        long id = db.resident("tester1", LocalDate.of(1950, 5, 5), bedridden, VILLAGE);
        db.execute("update resident set lives_alone = ?1, login_subject = null where id = ?2", alone, id);
        return id;
    }

    private void pension(long resident, LocalDate validUntil) {
        long benefit = db.benefit(resident, db.enrolment(resident, "URBAN_RURAL_RESIDENT", BigDecimal.ONE, 0),
                "URBAN_RURAL_RESIDENT", null);
        db.certification(benefit, "DATA_COMPARISON", validUntil.minusYears(1), validUntil);
    }

    private static List<Long> ids(JsonPath page, String path) {
        return page.getList(path, String.class).stream().map(Long::valueOf).toList();
    }

    @Test
    void theMostUrgentComeFirstWithWhatTheWorkerNeedsAtTheDoor() {
        JsonPath list = Gql.doc("workList").as("listworker1").var("first", 20).post();
        assertEquals(expected, ids(list, "data.myWorkList.nodes.residentId"));
        assertEquals(5, list.getInt("data.myWorkList.totalCount"));
        String n = "data.myWorkList.nodes";
        assertEquals("OVERDUE", list.getString(n + "[0].certificationState"));
        assertNotNull(list.getString(n + "[0].paymentSuspendedSince"));
        assertTrue(list.getBoolean(n + "[1].bedridden"));
        assertEquals("NOT_REQUIRED", list.getString(n + "[2].certificationState"));
        assertEquals("腿脚不便", list.getString(n + "[2].openVisit.note"));
        assertEquals(5, list.getInt(n + "[3].daysLeft"));
        assertEquals("测试村" + VILLAGE, list.getString(n + "[0].villageName"));
        for (String masked : list.getList(n + ".idNumberMasked", String.class)) {
            assertTrue(masked.matches("[0-9]{4}\\*{10}[0-9]{3}[0-9X]"), "only masked numbers: " + masked);
        }
        assertFalse(ids(list, n + ".residentId").contains(certifiedFarAhead));
        for (long id : expected) {
            assertEquals(1, db.count("select count(*) from audit_log where action = 'READ_WORK_LIST' "
                    + "and resident_id = ?1 and actor = 'listworker1'", id), "every person shown is audited");
        }
    }

    @Test
    void aPageCostsTheSameFewStatementsWhateverItsSize() {
        Gql.doc("workList").as("listworker1").var("first", 1).post();
        long before = SqlStatementCounter.count();
        Gql.doc("workList").as("listworker1").var("first", 1).post();
        long one = SqlStatementCounter.count() - before;
        before = SqlStatementCounter.count();
        JsonPath all = Gql.doc("workList").as("listworker1").var("first", 20).post();
        long five = SqlStatementCounter.count() - before;
        assertEquals(5, all.getList("data.myWorkList.nodes").size());
        assertEquals(one, five, "statements must not grow with the entries of a page");
        assertTrue(five <= 10, "a page costs " + five + " statements");
    }

    @Test
    void pagesWalkForwardWithoutGapsOrRepeats() {
        JsonPath first = Gql.doc("workList").as("listworker1").var("first", 2).post();
        JsonPath second = Gql.doc("workList").as("listworker1").var("first", 2)
                .var("after", first.getString("data.myWorkList.pageInfo.endCursor")).post();
        JsonPath third = Gql.doc("workList").as("listworker1").var("first", 2)
                .var("after", second.getString("data.myWorkList.pageInfo.endCursor")).post();
        List<Long> walked = new ArrayList<>();
        walked.addAll(ids(first, "data.myWorkList.nodes.residentId"));
        walked.addAll(ids(second, "data.myWorkList.nodes.residentId"));
        walked.addAll(ids(third, "data.myWorkList.nodes.residentId"));
        assertEquals(expected, walked);
        assertFalse(third.getBoolean("data.myWorkList.pageInfo.hasNextPage"));
    }

    @Test
    void aVillageFilterOutsideTheWorkersReachListsNobodyAndOtherRolesAreForbidden() {
        assertEquals(5, Gql.doc("workList").as("listworker1").var("villageCode", VILLAGE).post()
                .getInt("data.myWorkList.totalCount"));
        JsonPath other = Gql.doc("workList").as("listworker1").var("villageCode", "140723100200").post();
        assertEquals(0, other.getInt("data.myWorkList.totalCount"));
        assertEquals(List.of(), other.getList("data.myWorkList.nodes"));
        assertEquals("FORBIDDEN", Gql.doc("workList").as("resident1").post().getString("errors[0].extensions.code"));
        assertEquals("FORBIDDEN", Gql.doc("workList").as("admin1").post().getString("errors[0].extensions.code"));
        assertEquals("BAD_USER_INPUT", Gql.doc("workList").as("listworker1").var("dueWithinDays", 400).post()
                .getString("errors[0].extensions.code"));
    }

    @Test
    void theOfflinePackageThenOnlyWhatChanged() {
        clock.set(clock.instant().plusSeconds(60));
        JsonPath full = Gql.doc("fieldworkPackage").as("listworker1").post();
        String p = "data.myFieldworkPackage.";
        assertTrue(full.getBoolean(p + "full"));
        assertTrue(full.getBoolean(p + "complete"));
        assertEquals(expected, ids(full, p + "entries.residentId"));
        assertEquals(List.of(VILLAGE), full.getList(p + "villages.code"));

        // Meanwhile: the bedridden one is certified through another channel, someone else asks for a visit.
        clock.set(clock.instant().plusSeconds(3600));
        long bedridden = expected.get(1);
        db.link("tester2", bedridden);
        JsonPath certified = Gql.doc("faceCheck").as("tester2")
                .var("result", FaceChecks.result(db.idNumberOf(bedridden), "MATCH")).post();
        assertEquals(List.of(), certified.getList("data.certificationSubmitFaceCheck.userErrors"));
        long newcomer = person(false, false);
        pension(newcomer, clock.today().plusDays(200));
        db.link("tester3", newcomer);
        Gql.doc("homeVisitRequest").as("tester3")
                .var("input", Map.of("clientId", UUID.randomUUID().toString(), "reason", "BEDRIDDEN")).post();

        JsonPath delta = Gql.doc("fieldworkPackage").as("listworker1")
                .var("since", full.getString(p + "syncToken")).post();
        assertFalse(delta.getBoolean(p + "full"));
        assertEquals(List.of(newcomer), ids(delta, p + "entries.residentId"));
        assertEquals(List.of(String.valueOf(bedridden)), delta.getList(p + "removedResidentIds"));
        assertEquals("BAD_USER_INPUT", Gql.doc("fieldworkPackage").as("listworker1").var("since", "not-a-token")
                .post().getString("errors[0].extensions.code"));
        assertEquals("BAD_USER_INPUT", Gql.doc("fieldworkPackage").as("worker1")
                .var("since", full.getString(p + "syncToken")).post().getString("errors[0].extensions.code"),
                "another worker's token is refused");
    }
}

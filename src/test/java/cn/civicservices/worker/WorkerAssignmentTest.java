package cn.civicservices.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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
 * An administrator assigns workers to the villages of their jurisdiction, one worker per village held by the
 * database (also when two administrators assign the same village at once), and sees who is overloaded.
 */
@QuarkusTest
class WorkerAssignmentTest {

    static final String TOWNSHIP = "149901996";
    static final String HOME_A = "149901996001";
    static final String HOME_B = "149901996002";
    static final String LOADED = "149901996003";
    static final String LIGHT = "149901996004";
    static final String FREE = "149901996005";
    /** Villages assigned in the race, one per round. */
    static final List<String> RACED = List.of("149901996011", "149901996012", "149901996013", "149901996014",
            "149901996015", "149901996016");

    @Inject
    Fixtures db;

    @Inject
    TestClock clock;

    String workerA;
    String workerB;

    @BeforeEach
    void twoWorkersOfTheTestCounty() {
        List<String> villages = new ArrayList<>(List.of(HOME_A, HOME_B, LOADED, LIGHT, FREE));
        villages.addAll(RACED);
        db.testVillages(villages.toArray(String[]::new));
        db.administrator("testadmin1", "测试县管理员", "149901");
        db.execute("delete from worker_area where area_code like ?1 and area_code not in (?2, ?3, ?4)",
                TOWNSHIP + "%", HOME_A, HOME_B, LOADED);
        db.worker("assignworkerA", "甲协理员", "13800006001", HOME_A);
        db.worker("assignworkerB", "乙协理员", "13800006002", HOME_B);
        workerA = String.valueOf(db.count("select id from worker where login_subject = 'assignworkerA'"));
        workerB = String.valueOf(db.count("select id from worker where login_subject = 'assignworkerB'"));
    }

    private static JsonPath assign(String admin, String worker, String village, boolean replace) {
        return Gql.doc("workerAssignVillage").as(admin)
                .var("input", Map.of("workerId", worker, "villageCode", village, "replaceCurrent", replace)).post();
    }

    private static JsonPath unassign(String admin, String worker, String village) {
        return Gql.doc("workerUnassignVillage").as(admin)
                .var("input", Map.of("workerId", worker, "villageCode", village)).post();
    }

    private long holders(String village) {
        return db.count("select count(*) from worker_area where area_code = ?1", village);
    }

    @Test
    void aVillageHasOneWorkerAndIsReassignedOnlyWhenAskedInOneStep() {
        long audited = db.count("select coalesce(max(id), 0) from audit_log");
        JsonPath first = assign("testadmin1", workerA, FREE, false);
        assertEquals(List.of(), first.getList("data.workerAssignVillage.userErrors"), first.prettify());
        assertEquals("甲协理员", first.getString("data.workerAssignVillage.assignedWorker.name"));

        JsonPath again = assign("testadmin1", workerA, FREE, false);
        assertEquals(List.of(), again.getList("data.workerAssignVillage.userErrors"));
        assertEquals(1, db.count("select count(*) from audit_log where action = 'WORKER_VILLAGE_ASSIGNED' "
                + "and detail = ?1 and id > ?2", "worker " + workerA + " to " + FREE, audited));

        JsonPath taken = assign("testadmin1", workerB, FREE, false);
        assertEquals("VILLAGE_ASSIGNED", taken.getString("data.workerAssignVillage.userErrors[0].code"));
        assertTrue(taken.getString("data.workerAssignVillage.userErrors[0].message").contains("甲协理员"));
        assertEquals(List.of("input", "villageCode"), taken.getList("data.workerAssignVillage.userErrors[0].field"));

        JsonPath replaced = assign("testadmin1", workerB, FREE, true);
        assertEquals(List.of(), replaced.getList("data.workerAssignVillage.userErrors"), replaced.prettify());
        assertEquals("乙协理员", replaced.getString("data.workerAssignVillage.assignedWorker.name"));
        assertEquals("甲协理员", replaced.getString("data.workerAssignVillage.replacedWorker.name"));
        assertEquals(1, holders(FREE));
        assertEquals(Long.parseLong(workerB), db.count("select worker_id from worker_area where area_code = ?1", FREE));

        JsonPath off = unassign("testadmin1", workerB, FREE);
        assertEquals(List.of(), off.getList("data.workerUnassignVillage.userErrors"));
        assertNull(off.get("data.workerUnassignVillage.assignedWorker"));
        assertEquals(0, holders(FREE));
        JsonPath offAgain = unassign("testadmin1", workerB, FREE);
        assertEquals(List.of(), offAgain.getList("data.workerUnassignVillage.userErrors"));
        assertEquals(1, db.count("select count(*) from audit_log where action = 'WORKER_VILLAGE_UNASSIGNED' "
                + "and detail = ?1 and id > ?2", "worker " + workerB + " from " + FREE, audited));
        assertEquals(1, db.count("select count(*) from audit_log where action = 'WORKER_VILLAGE_ASSIGNED' "
                + "and detail = ?1 and id > ?2", "worker " + workerB + " to " + FREE + ", replacing worker " + workerA,
                audited));
    }

    @Test
    void theDatabaseItselfRefusesASecondWorkerForAVillage() {
        assign("testadmin1", workerA, FREE, false);
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> db.execute("insert into worker_area (worker_id, area_code) values (?1, ?2)",
                        Long.parseLong(workerB), FREE));
        assertTrue(String.valueOf(refused.getCause()).contains("worker_area_one_worker_per_village")
                || String.valueOf(refused).contains("worker_area_one_worker_per_village")
                || rootMessage(refused).contains("worker_area_one_worker_per_village"), rootMessage(refused));
        // Townships and counties may still have several workers.
        db.execute("insert into worker_area (worker_id, area_code) values (?1, ?2), (?3, ?2)",
                Long.parseLong(workerA), TOWNSHIP, Long.parseLong(workerB));
        assertEquals(2, holders(TOWNSHIP));
        db.execute("delete from worker_area where area_code = ?1", TOWNSHIP);
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    @Test
    void twoAdministratorsAssigningTheSameVillageAtOnceEndWithOneWorkerAndACodedRefusal() throws Exception {
        assign("testadmin1", workerA, FREE, false); // tokens fetched before the race
        for (String village : RACED) {
            for (boolean replace : List.of(false, true)) {
                db.execute("delete from worker_area where area_code = ?1", village);
                CountDownLatch start = new CountDownLatch(1);
                ExecutorService admins = Executors.newFixedThreadPool(2);
                try {
                    List<Future<JsonPath>> sent = new ArrayList<>();
                    for (String worker : List.of(workerA, workerB)) {
                        sent.add(admins.submit(() -> {
                            start.await();
                            return assign("testadmin1", worker, village, replace);
                        }));
                    }
                    start.countDown();
                    List<String> outcomes = new ArrayList<>();
                    for (Future<JsonPath> f : sent) {
                        JsonPath answer = f.get();
                        assertNull(answer.get("errors"), answer.prettify());
                        List<String> codes = answer.getList("data.workerAssignVillage.userErrors.code");
                        outcomes.add(codes.isEmpty() ? "ASSIGNED" : codes.get(0));
                    }
                    assertEquals(1, holders(village), village);
                    if (!replace) {
                        // Without replaceCurrent exactly one wins; the other is told the village is taken.
                        assertEquals(1, Collections.frequency(outcomes, "ASSIGNED"), outcomes.toString());
                        assertEquals(1, Collections.frequency(outcomes, "VILLAGE_ASSIGNED"), outcomes.toString());
                    } else {
                        // With it, either both succeed one after the other or the second is refused: one worker.
                        assertTrue(outcomes.contains("ASSIGNED"), outcomes.toString());
                    }
                } finally {
                    admins.shutdown();
                }
            }
        }
    }

    @Test
    void workloadListsTheMostLoadedFirstWithTheirCountsAndPagesWithoutGaps() {
        db.worker("loadworkerA", "重负协理员", "13800006003", LOADED);
        db.worker("loadworkerB", "轻负协理员", "13800006004", LIGHT);
        long loaded = db.count("select id from worker where login_subject = 'loadworkerA'");
        long light = db.count("select id from worker where login_subject = 'loadworkerB'");
        db.execute("delete from home_visit where worker_id in (?1, ?2)", loaded, light);
        db.execute("update resident set area_code = ?1 where area_code in (?2, ?3)", HOME_A, LOADED, LIGHT);
        LocalDate today = clock.today();
        // LOADED: due in 5 days, never certified, lapsed (suspended), and one not due for 200 days.
        pensioner("load-1", LOADED, today.plusDays(5));
        long never = db.resident("load-2", LocalDate.of(1950, 1, 1), false, LOADED);
        db.benefit(never, db.enrolment(never, "URBAN_RURAL_RESIDENT", java.math.BigDecimal.ZERO, 0),
                "URBAN_RURAL_RESIDENT", null);
        long lapsed = db.resident("load-3", LocalDate.of(1950, 1, 1), false, LOADED);
        db.suspendedPension(lapsed, today.minusDays(10));
        long notDue = pensioner("load-4", LOADED, today.plusDays(200));
        db.execute("insert into home_visit (client_id, resident_id, worker_id, reason, requested_by, status, "
                + "scheduled_on) values (gen_random_uuid(), ?1, ?2, 'BEDRIDDEN', 'WORKER', 'SCHEDULED', ?3)",
                notDue, loaded, today.plusDays(1));
        db.execute("insert into home_visit (client_id, record_client_id, resident_id, worker_id, reason, requested_by, "
                + "status, outcome, visited_at, needs_review, review_reason) values (gen_random_uuid(), "
                + "gen_random_uuid(), ?1, ?2, 'CERTIFICATION_DUE', 'WORKER', 'DONE', 'CERTIFIED', now(), true, "
                + "'CERTIFIED_MEANWHILE')", notDue, loaded);
        // LIGHT: one person due.
        pensioner("load-5", LIGHT, today.plusDays(1));

        JsonPath all = Gql.doc("workerWorkload").as("testadmin1").var("first", 100).post();
        assertNull(all.get("errors"), all.prettify());
        List<Map<String, Object>> nodes = all.getList("data.workerWorkload.nodes");
        assertEquals(nodes.size(), all.getInt("data.workerWorkload.totalCount"));
        Map<String, Object> heavy = byId(nodes, loaded);
        assertEquals(Map.of("workerId", String.valueOf(loaded), "name", "重负协理员", "phone", "13800006003",
                "villages", 1, "peopleDue", 3, "openVisits", 1, "visitsForReview", 1, "load", 5), heavy);
        Map<String, Object> small = byId(nodes, light);
        assertEquals(1, small.get("peopleDue"));
        assertEquals(1, small.get("load"));
        assertTrue(nodes.indexOf(heavy) < nodes.indexOf(small));
        for (int i = 1; i < nodes.size(); i++) {
            assertTrue((Integer) nodes.get(i - 1).get("load") >= (Integer) nodes.get(i).get("load"), nodes.toString());
        }
        // No worker of another county.
        assertTrue(nodes.stream().noneMatch(n -> "霍晋国".equals(n.get("name"))), nodes.toString());

        List<Object> walked = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = Gql.doc("workerWorkload").as("testadmin1").var("first", 2).var("after", after).post();
            walked.addAll(page.getList("data.workerWorkload.nodes.workerId"));
            after = page.getBoolean("data.workerWorkload.pageInfo.hasNextPage")
                    ? page.getString("data.workerWorkload.pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(nodes.stream().map(n -> n.get("workerId")).toList(), walked);
        JsonPath backward = Gql.doc("workerWorkload").as("testadmin1").var("last", 2).post();
        assertEquals(walked.subList(walked.size() - 2, walked.size()),
                backward.getList("data.workerWorkload.nodes.workerId"));
    }

    private long pensioner(String login, String village, LocalDate certifiedUntil) {
        long resident = db.resident(login, LocalDate.of(1950, 1, 1), false, village);
        long benefit = db.benefit(resident, db.enrolment(resident, "URBAN_RURAL_RESIDENT", java.math.BigDecimal.ZERO, 0),
                "URBAN_RURAL_RESIDENT", null);
        db.certification(benefit, "SELF_SERVICE", certifiedUntil.minusYears(1), certifiedUntil);
        return resident;
    }

    private static Map<String, Object> byId(List<Map<String, Object>> nodes, long id) {
        return nodes.stream().filter(n -> String.valueOf(id).equals(n.get("workerId"))).findFirst()
                .orElseThrow(() -> new AssertionError("worker " + id + " not listed: " + nodes));
    }

    @Test
    void theCountyAdministratorSeesHeshunsWorkersOnly() {
        JsonPath heshun = Gql.doc("workerWorkload").as("admin1").var("first", 100).post();
        List<Map<String, Object>> nodes = heshun.getList("data.workerWorkload.nodes");
        Map<String, Object> worker1 = nodes.stream().filter(n -> "霍晋国".equals(n.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError(heshun.prettify()));
        assertEquals(4, worker1.get("villages"));
        assertTrue(nodes.stream().noneMatch(n -> String.valueOf(n.get("name")).contains("甲协理员")));
    }

    @Test
    void workersAndVillagesOutsideTheJurisdictionReadLikeNothing() {
        long worker1 = db.count("select id from worker where login_subject = 'worker1'");
        JsonPath otherCountysWorker = assign("testadmin1", String.valueOf(worker1), FREE, false);
        JsonPath nobody = assign("testadmin1", "999999999", FREE, false);
        assertEquals("WORKER_NOT_FOUND", otherCountysWorker.getString("data.workerAssignVillage.userErrors[0].code"));
        assertEquals(nobody.getMap("data"), otherCountysWorker.getMap("data"));
        assertEquals("WORKER_NOT_FOUND", assign("admin1", workerA, FREE, false)
                .getString("data.workerAssignVillage.userErrors[0].code"));
        assertEquals("WORKER_NOT_FOUND", unassign("testadmin1", String.valueOf(worker1), "140723100200")
                .getString("data.workerUnassignVillage.userErrors[0].code"));
        JsonPath heshunVillage = assign("testadmin1", workerA, "140723100200", false);
        assertEquals("VILLAGE_NOT_FOUND", heshunVillage.getString("data.workerAssignVillage.userErrors[0].code"));
        assertEquals("VILLAGE_NOT_FOUND", assign("testadmin1", workerA, TOWNSHIP, false)
                .getString("data.workerAssignVillage.userErrors[0].code"));
        assertEquals(1, holders("140723100200"));
        assertEquals(0, holders(FREE));
    }

    @Test
    void residentAndWorkerTokensAreForbidden() {
        for (String user : List.of("resident1", "worker1")) {
            assertEquals("FORBIDDEN", assign(user, workerA, FREE, false).getString("errors[0].extensions.code"));
            assertEquals("FORBIDDEN", unassign(user, workerA, HOME_A).getString("errors[0].extensions.code"));
            assertEquals("FORBIDDEN", Gql.doc("workerWorkload").as(user).post().getString("errors[0].extensions.code"));
        }
        assertEquals(0, holders(FREE));
        assertEquals(1, holders(HOME_A));
    }
}

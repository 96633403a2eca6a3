package cn.civicservices.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.civicservices.support.Fixtures;
import cn.civicservices.support.Gql;
import cn.civicservices.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The audit trail over HTTP: filters, newest-first keyset paging, the jurisdiction, its own audit record. */
@QuarkusTest
class AuditTrailTest {

    static final String OUTSIDE_VILLAGE = "149901941001";

    @Inject
    Fixtures db;

    @Inject
    TestClock clock;

    @Inject
    AuditPartitions partitions;

    @BeforeEach
    void worker1ReadsTheWorkList() {
        JsonPath list = Gql.doc("workList").as("worker1").var("first", 5).post();
        assertNull(list.get("errors"), list.prettify());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void filtersByActorAndOperationNewestFirstWithTheCountOfTheBaseTable() {
        JsonPath trail = trail("admin1", Map.of("actor", "worker1", "action", "READ_WORK_LIST"), 50, null);
        List<Map<String, Object>> nodes = trail.getList("data.auditTrail.nodes");
        assertFalse(nodes.isEmpty());
        for (Map<String, Object> n : nodes) {
            assertEquals("worker1", n.get("actor"));
            assertEquals("worker", n.get("actorRole"));
            assertEquals("READ_WORK_LIST", n.get("action"));
            assertTrue(n.get("residentName") != null);
        }
        List<OffsetDateTime> times = nodes.stream().map(n -> OffsetDateTime.parse((String) n.get("at"))).toList();
        for (int i = 1; i < times.size(); i++) {
            assertFalse(times.get(i).isAfter(times.get(i - 1)), "newest first");
        }
        assertEquals(db.count("select count(*) from audit_log l join resident r on r.id = l.resident_id "
                + "where l.actor = 'worker1' and l.action = 'READ_WORK_LIST' and r.area_code like '140723%'"),
                trail.getLong("data.auditTrail.totalCount"));
    }

    @Test
    void pagesFollowTheKeysetWithoutGapsOrRepeats() {
        List<String> expected = new ArrayList<>();
        for (Object id : idsNewestFirst()) {
            expected.add(String.valueOf(id));
        }
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = trail("admin1", Map.of("actor", "worker1"), 3, after);
            seen.addAll(page.getList("data.auditTrail.nodes.id"));
            after = page.getBoolean("data.auditTrail.pageInfo.hasNextPage")
                    ? page.getString("data.auditTrail.pageInfo.endCursor") : null;
        } while (after != null && seen.size() < 12);
        assertEquals(expected.subList(0, Math.min(12, expected.size())), seen.subList(0, Math.min(12, seen.size())));
    }

    @Test
    void readingTheTrailIsItselfAudited() {
        long before = db.count("select count(*) from audit_log where action = 'READ_AUDIT_TRAIL' and actor = 'admin1' "
                + "and resident_id = 1");
        trail("admin1", Map.of("residentId", "1"), 5, null);
        assertEquals(before + 1, db.count("select count(*) from audit_log where action = 'READ_AUDIT_TRAIL' "
                + "and actor = 'admin1' and actor_role = 'admin' and resident_id = 1"));
        JsonPath own = trail("admin1", Map.of("action", "READ_AUDIT_TRAIL", "actor", "admin1", "residentId", "1"), 1, null);
        assertEquals("filter resident=1", own.getString("data.auditTrail.nodes[0].detail"));
        assertEquals("1", own.getString("data.auditTrail.nodes[0].residentId"));
    }

    @Test
    void peopleOutsideTheJurisdictionReadLikeNobody() {
        db.testVillages(OUTSIDE_VILLAGE);
        long outsider = db.resident("tester5", LocalDate.of(1950, 1, 1), false, OUTSIDE_VILLAGE);
        db.execute("insert into audit_log (at, actor, actor_role, action, resident_id) values (?1, 'someone', 'worker', "
                + "'READ_WORK_LIST', ?2)", clock.now(), outsider);
        JsonPath outside = trail("admin1", Map.of("residentId", String.valueOf(outsider)), 10, null);
        JsonPath nobody = trail("admin1", Map.of("residentId", "999999999"), 10, null);
        assertEquals(0, outside.getInt("data.auditTrail.totalCount"));
        assertEquals(nobody.getList("data.auditTrail.nodes"), outside.getList("data.auditTrail.nodes"));
        assertEquals(1, trail("provinceadmin1", Map.of("residentId", String.valueOf(outsider), "actor", "someone"), 10, null)
                .getInt("data.auditTrail.totalCount"));
        assertEquals(0, db.count("select count(*) from audit_log where action = 'READ_AUDIT_TRAIL' and resident_id = ?1 "
                + "and actor = 'admin1'", outsider));
    }

    @Test
    void filtersByTime() {
        long resident = db.resident("tester5", LocalDate.of(1950, 1, 1), false);
        for (String at : List.of("2026-10-05T09:00:00+08:00", "2026-11-05T09:00:00+08:00", "2026-11-10T09:00:00+08:00")) {
            db.execute("insert into audit_log (at, actor, actor_role, action, resident_id) values (cast(?1 as timestamptz), "
                    + "'timetester', 'worker', 'TEST_WINDOW', ?2)", at, resident);
        }
        Map<String, Object> filter = new HashMap<>(Map.of("actor", "timetester", "residentId", String.valueOf(resident)));
        filter.put("from", "2026-11-01T00:00:00+08:00");
        filter.put("to", "2026-11-10T09:00:00+08:00");
        JsonPath answer = trail("admin1", filter, 10, null);
        assertEquals(List.of(OffsetDateTime.parse("2026-11-05T09:00:00+08:00").toInstant()),
                answer.getList("data.auditTrail.nodes.at", String.class).stream()
                        .map(s -> OffsetDateTime.parse(s).toInstant()).toList());
    }

    @Test
    void otherRolesAreForbiddenAndBadFiltersAreRefusedWithACode() {
        assertEquals("FORBIDDEN", code(trail("resident1", Map.of(), 5, null)));
        assertEquals("FORBIDDEN", code(trail("worker1", Map.of(), 5, null)));
        assertEquals("NOT_FOUND", code(trail("unlinkedadmin1", Map.of(), 5, null)));
        assertEquals("BAD_USER_INPUT", code(trail("admin1", Map.of("action", "read"), 5, null)));
        assertEquals("BAD_USER_INPUT", code(trail("admin1", Map.of("actor", ""), 5, null)));
        assertEquals("BAD_USER_INPUT", code(trail("admin1", Map.of("from", "2026-11-02T00:00:00+08:00",
                "to", "2026-11-01T00:00:00+08:00"), 5, null)));
        assertEquals("BAD_USER_INPUT", code(trail("admin1", Map.of(), 101, null)));
        assertEquals("BAD_USER_INPUT", code(trail("admin1", Map.of(), 5, "bm90IGEgY3Vyc29y")));
    }

    @Test
    void monthsArePartitionedAheadAndDroppedPastTheRetention() {
        long resident = db.resident("tester5", LocalDate.of(1950, 1, 1), false);
        db.execute("insert into audit_log (at, actor, actor_role, action, resident_id) values "
                + "('2025-02-10T09:00:00+08:00', 'retentiontester', 'worker', 'TEST_RETENTION', ?1)", resident);
        clock.set(LocalDate.of(2029, 6, 15).atTime(10, 0).atZone(TestClock.COUNTY).toInstant());
        try {
            AuditPartitions.Result result = partitions.run();
            assertEquals(List.of("2029-06", "2029-07", "2029-08", "2029-09"), result.created());
            assertTrue(result.dropped().contains("audit_log_y2025m02"), result.dropped().toString());
            assertFalse(result.dropped().contains("audit_log_y2026m06"), result.dropped().toString());
            assertEquals(0, db.count("select count(*) from audit_log where actor = 'retentiontester'"));
            db.execute("insert into audit_log (at, actor, actor_role, action) values "
                    + "('2029-07-31T23:30:00+08:00', 'retentiontester', 'worker', 'TEST_RETENTION')");
            assertEquals("audit_log_y2029m07", db.text("select tableoid::regclass::text from audit_log "
                    + "where actor = 'retentiontester'"));
            assertEquals(0, partitions.run().created().size());
        } finally {
            db.execute("delete from audit_log where actor = 'retentiontester'");
            db.count("select count(audit_log_ensure_partition(m::date)) from generate_series(date '2024-01-01', "
                    + "date '2026-05-01', interval '1 month') as m");
        }
    }

    private List<?> idsNewestFirst() {
        return List.of(db.text("select string_agg(id::text, ',' order by at desc, id desc) from (select l.id, l.at "
                + "from audit_log l join resident r on r.id = l.resident_id where l.actor = 'worker1' "
                + "and r.area_code like '140723%' order by l.at desc, l.id desc limit 12) t").split(","));
    }

    private static JsonPath trail(String user, Map<String, Object> filter, int first, String after) {
        Gql doc = Gql.doc("auditTrail").as(user).var("filter", filter).var("first", first);
        if (after != null) {
            doc.var("after", after);
        }
        return doc.post();
    }

    private static String code(JsonPath answer) {
        return answer.getString("errors[0].extensions.code");
    }
}

package cn.civicservices.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.civicservices.support.Fixtures;
import cn.civicservices.support.Gql;
import cn.civicservices.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class HomeVisitRequestTest {

    @Inject
    Fixtures db;

    @Inject
    TestClock clock;

    private long pensioner(String user) {
        long resident = db.resident(user, LocalDate.of(1945, 4, 5), false);
        db.benefit(resident, db.enrolment(resident, "URBAN_RURAL_RESIDENT", BigDecimal.ZERO, 0),
                "URBAN_RURAL_RESIDENT", clock.today().minusDays(3));
        return resident;
    }

    private static Map<String, Object> input(String clientId) {
        return Map.of("clientId", clientId, "reason", "FACE_CHECK_FAILED", "requestedBy", "RELATIVE",
                "note", "午后在家");
    }

    @Test
    void aRelativeAsksForHelpAndTheVillageWorkerGetsTheVisit() {
        long resident = pensioner("tester1");
        String clientId = UUID.randomUUID().toString();
        JsonPath result = Gql.doc("homeVisitRequest").as("tester1").var("input", input(clientId)).post();
        String p = "data.homeVisitRequest.";
        assertEquals(List.of(), result.getList(p + "userErrors"));
        assertEquals(clientId, result.getString(p + "homeVisit.clientId"));
        assertEquals("REQUESTED", result.getString(p + "homeVisit.status"));
        assertEquals("RELATIVE", result.getString(p + "homeVisit.requestedBy"));
        assertEquals("霍晋国", result.getString(p + "homeVisit.worker.name"));
        assertEquals(1, db.count("select count(*) from home_visit v join worker w on w.id = v.worker_id "
                + "where v.resident_id = ?1 and w.login_subject = 'worker1'", resident));

        JsonPath status = Gql.doc("pensionStatus").as("tester1").post();
        assertEquals("WAIT_FOR_HOME_VISIT", status.getString("data.myPensionStatus.nextStep.action"));
        assertEquals("REQUESTED", status.getString("data.myPensionStatus.nextStep.homeVisit.status"));

        JsonPath mine = Gql.doc("myHomeVisits").as("tester1").var("first", 10).post();
        assertEquals(1, mine.getInt("data.myHomeVisits.totalCount"));
        assertEquals(clientId, mine.getString("data.myHomeVisits.nodes[0].clientId"));
    }

    @Test
    void retryingWithTheSameClientIdNeverCreatesASecondVisit() {
        long resident = pensioner("tester2");
        String clientId = UUID.randomUUID().toString();
        String first = Gql.doc("homeVisitRequest").as("tester2").var("input", input(clientId)).post()
                .getString("data.homeVisitRequest.homeVisit.id");
        JsonPath retry = Gql.doc("homeVisitRequest").as("tester2").var("input", input(clientId)).post();
        assertEquals(first, retry.getString("data.homeVisitRequest.homeVisit.id"));
        assertEquals(List.of(), retry.getList("data.homeVisitRequest.userErrors"));
        assertEquals(1, db.count("select count(*) from home_visit where resident_id = ?1", resident));

        JsonPath another = Gql.doc("homeVisitRequest").as("tester2").var("input", input(UUID.randomUUID().toString()))
                .post();
        assertEquals("ALREADY_REQUESTED", another.getString("data.homeVisitRequest.userErrors[0].code"));
        assertEquals(first, another.getString("data.homeVisitRequest.homeVisit.id"));
        assertEquals(1, db.count("select count(*) from home_visit where resident_id = ?1", resident));
    }

    @Test
    void theDatabaseHoldsAtMostOneOpenVisitPerResident() {
        long resident = pensioner("tester5");
        Gql.doc("homeVisitRequest").as("tester5").var("input", input(UUID.randomUUID().toString())).post();
        String insert = "insert into home_visit (client_id, resident_id, reason, requested_by, status) "
                + "values (gen_random_uuid(), ?1, 'FOLLOW_UP', 'WORKER', ?2)";
        assertEquals(1, db.execute(insert, resident, "CANCELLED"),
                "closed visits are not limited");
        var refused = assertThrows(jakarta.persistence.PersistenceException.class,
                () -> db.execute(insert, resident, "SCHEDULED"), "a second open visit, however it is written, is refused");
        assertTrue(String.valueOf(refused.getCause()).contains("home_visit_one_open_per_resident"), refused::toString);
        assertEquals(1, db.count("select count(*) from home_visit where resident_id = ?1 "
                + "and status in ('REQUESTED', 'SCHEDULED')", resident));
    }

    @Test
    void someoneElsesClientIdAndMalformedInputAreRefused() {
        pensioner("tester3");
        long other = pensioner("tester4");
        String clientId = UUID.randomUUID().toString();
        Gql.doc("homeVisitRequest").as("tester4").var("input", input(clientId)).post();

        JsonPath taken = Gql.doc("homeVisitRequest").as("tester3").var("input", input(clientId)).post();
        assertEquals("CLIENT_ID_TAKEN", taken.getString("data.homeVisitRequest.userErrors[0].code"));
        assertNull(taken.get("data.homeVisitRequest.homeVisit"), "another person's visit is never shown");
        assertEquals(1, db.count("select count(*) from home_visit where resident_id = ?1", other));

        JsonPath badId = Gql.doc("homeVisitRequest").as("tester3").var("input", input("not-a-uuid")).post();
        assertEquals(List.of("input", "clientId"), badId.getList("data.homeVisitRequest.userErrors[0].field"));

        JsonPath longNote = Gql.doc("homeVisitRequest").as("tester3").var("input", Map.of("clientId",
                UUID.randomUUID().toString(), "note", "很".repeat(501))).post();
        assertEquals(List.of("input", "note"), longNote.getList("data.homeVisitRequest.userErrors[0].field"));

        JsonPath byWorker = Gql.doc("homeVisitRequest").as("tester3").var("input", Map.of("clientId",
                UUID.randomUUID().toString(), "requestedBy", "WORKER")).post();
        assertEquals("INVALID", byWorker.getString("data.homeVisitRequest.userErrors[0].code"));
    }
}

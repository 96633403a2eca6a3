package cn.civicservices.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.civicservices.support.Fixtures;
import cn.civicservices.support.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** One rule for "this worker covers this village": assigned to the village, or to its township or county. */
@QuarkusTest
class WorkerCoverageTest {

    /** A test township with one village and no worker of its own. */
    static final String TOWNSHIP = "149901990";
    static final String VILLAGE = "149901990001";

    @Inject
    Fixtures db;

    @BeforeEach
    void townshipWithATownshipLevelWorker() {
        db.testVillages(VILLAGE);
        db.worker("townshipworker1", "乡级协理员", "13800009999", TOWNSHIP);
    }

    @Test
    void theTownshipWorkerReadsTheVillagesResidentsAndIsAssignedTheirVisits() {
        long resident = db.resident("tester1", LocalDate.of(1944, 4, 4), true, VILLAGE);
        db.suspendedPension(resident, LocalDate.of(2026, 10, 1));

        JsonPath visit = Gql.doc("homeVisitRequest").as("tester1").var("input",
                Map.of("clientId", UUID.randomUUID().toString(), "reason", "BEDRIDDEN")).post();
        assertEquals("乡级协理员", visit.getString("data.homeVisitRequest.homeVisit.worker.name"));
        assertEquals(1, db.count("select count(*) from home_visit v join worker w on w.id = v.worker_id "
                + "where v.resident_id = ?1 and w.login_subject = 'townshipworker1'", resident));
        assertEquals("13800009999", Gql.doc("pensionStatus").as("tester1").post()
                .getString("data.myPensionStatus.nextStep.worker.phone"));

        String idNumber = db.idNumberOf(resident);
        JsonPath read = Gql.doc("residentByIdNumber").as("townshipworker1").var("idNumber", idNumber).post();
        assertEquals(VILLAGE, read.getString("data.residentByIdNumber.area.code"));
        JsonPath stranger = Gql.doc("residentByIdNumber").as("worker1").var("idNumber", idNumber).post();
        assertEquals("NOT_FOUND", stranger.getString("errors[0].extensions.code"));
    }

    @Test
    void aVillagesOwnWorkerServesItBeforeTheTownshipsWorker() {
        long resident = db.resident("tester2", LocalDate.of(1943, 3, 3), true);
        JsonPath visit = Gql.doc("homeVisitRequest").as("tester2").var("input",
                Map.of("clientId", UUID.randomUUID().toString(), "reason", "BEDRIDDEN")).post();
        assertEquals("霍晋国", visit.getString("data.homeVisitRequest.homeVisit.worker.name"));
        assertEquals(0, db.count("select count(*) from home_visit v join worker w on w.id = v.worker_id "
                + "where v.resident_id = ?1 and w.login_subject = 'townshipworker1'", resident));
    }
}

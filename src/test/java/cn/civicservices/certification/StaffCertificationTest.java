package cn.civicservices.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.civicservices.support.Fixtures;
import cn.civicservices.support.Gql;
import cn.civicservices.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Certification by a worker at the window (assisted) and in a village session (centralized). */
@QuarkusTest
class StaffCertificationTest {

    static final String VILLAGE = "149901992001";
    /** The service point of 义兴镇's township centre, in the seed. */
    static final String POINT = "SP140723100";

    @Inject
    Fixtures db;

    @Inject
    TestClock clock;

    @BeforeEach
    void villageWithItsWorker() {
        db.testVillages(VILLAGE);
        db.worker("sessionworker1", "认证协理员", "13800007777", VILLAGE);
    }

    private long suspendedPensioner() {
        long resident = db.resident("tester1", LocalDate.of(1949, 1, 2), false, VILLAGE);
        db.suspendedPension(resident, clock.today().minusMonths(2));
        return resident;
    }

    private static Map<String, Object> assist(String idNumber, boolean checked) {
        return Map.of("idNumber", idNumber, "servicePointCode", POINT, "idCardChecked", checked);
    }

    @Test
    void atTheWindowAWorkerCertifiesAndThePensionResumesWithBackPay() {
        long resident = suspendedPensioner();
        JsonPath done = Gql.doc("certificationAssist").as("sessionworker1")
                .var("input", assist(db.idNumberOf(resident), true)).post();
        String p = "data.certificationAssist.";
        assertEquals(List.of(), done.getList(p + "userErrors"));
        assertEquals("ASSISTED", done.getString(p + "certification.channel"));
        assertEquals(clock.today().plusMonths(12).toString(), done.getString(p + "certification.validUntil"));
        assertNotNull(done.get(p + "backPay"));
        assertEquals(1, db.count("select count(*) from certification c join pension_benefit b on b.id = c.benefit_id "
                + "join worker w on w.id = c.worker_id join service_point s on s.id = c.service_point_id "
                + "where b.resident_id = ?1 and c.channel = 'ASSISTED' and c.evidence_type = 'IN_PERSON' "
                + "and w.login_subject = 'sessionworker1' and s.code = ?2", resident, POINT));
        assertEquals("ACTIVE", db.text("select status from pension_benefit where resident_id = ?1", resident));
        assertEquals(1, db.count("select count(*) from audit_log where action = 'CERTIFIED_ASSISTED' "
                + "and resident_id = ?1 and actor = 'sessionworker1'", resident));
    }

    @Test
    void theWindowRefusesWithoutTheCardAndKnowsNobodyOutsideTheWorkersVillages() {
        long resident = suspendedPensioner();
        assertEquals("ID_CARD_NOT_CHECKED", Gql.doc("certificationAssist").as("sessionworker1")
                .var("input", assist(db.idNumberOf(resident), false)).post()
                .getString("data.certificationAssist.userErrors[0].code"));

        JsonPath elsewhere = Gql.doc("certificationAssist").as("sessionworker1")
                .var("input", assist("140723196104187406", true)).post(); // resident1, worker1's village
        JsonPath nobody = Gql.doc("certificationAssist").as("sessionworker1")
                .var("input", assist(Fixtures.idNumber(LocalDate.of(1930, 3, 3), true), true)).post();
        String e = "data.certificationAssist.userErrors[0].";
        assertEquals("NOT_FOUND", elsewhere.getString(e + "code"));
        assertEquals(nobody.getString(e + "code"), elsewhere.getString(e + "code"));
        assertEquals(nobody.getString(e + "message"), elsewhere.getString(e + "message"),
                "someone of another worker's village reads exactly like a number nobody has");
        assertEquals(0, db.count("select count(*) from certification where certified_at >= ?1 and worker_id = "
                + "(select id from worker where login_subject = 'sessionworker1') and channel = 'ASSISTED' "
                + "and benefit_id in (select id from pension_benefit where resident_id = 1)", clock.now()));

        assertEquals("FORBIDDEN", Gql.doc("certificationAssist").as("resident1")
                .var("input", assist(db.idNumberOf(resident), true)).post().getString("errors[0].extensions.code"));
    }

    @Test
    void aVillageSessionCertifiesEachPersonAllOrNothing() {
        long first = suspendedPensioner();
        long second = db.resident("tester2", LocalDate.of(1950, 2, 3), false, VILLAGE);
        db.suspendedPension(second, clock.today().minusDays(5));
        long reportedDead = db.resident("tester3", LocalDate.of(1940, 4, 5), false, VILLAGE);
        db.suspendedPension(reportedDead, clock.today().minusDays(5));
        db.execute("update resident set death_reported_on = ?1 where id = ?2", clock.today().minusDays(2),
                reportedDead);
        List<String> ids = new ArrayList<>(List.of(db.idNumberOf(first), db.idNumberOf(second),
                db.idNumberOf(reportedDead), "12345", db.idNumberOf(first)));

        JsonPath session = Gql.doc("certificationSession").as("sessionworker1").var("input",
                Map.of("servicePointCode", POINT, "heldOn", clock.today().toString(), "idNumbers", ids)).post();
        String p = "data.certificationSessionRecord.";
        assertEquals(List.of(), session.getList(p + "userErrors"));
        assertEquals(2, session.getInt(p + "certifiedCount"));
        assertEquals("CENTRALIZED", session.getString(p + "results[0].certification.channel"));
        assertEquals("CENTRALIZED", session.getString(p + "results[1].certification.channel"));
        assertEquals("DECEASED", session.getString(p + "results[2].error.code"));
        assertEquals("ID_NUMBER_INVALID", session.getString(p + "results[3].error.code"));
        assertEquals(List.of("input", "idNumbers", "3"), session.getList(p + "results[3].error.field"));
        assertEquals("DUPLICATE", session.getString(p + "results[4].error.code"));
        assertNull(session.get(p + "results[2].certification"));
        assertEquals(0, db.count("select count(*) from certification c join pension_benefit b on b.id = c.benefit_id "
                + "where b.resident_id = ?1 and c.channel = 'CENTRALIZED' and c.worker_id is not null", reportedDead), "refused: nothing written");
        assertEquals("SUSPENDED", db.text("select status from pension_benefit where resident_id = ?1", reportedDead));
        assertEquals(1, db.count("select count(*) from certification c join pension_benefit b on b.id = c.benefit_id "
                + "where b.resident_id = ?1 and c.channel = 'CENTRALIZED' and c.worker_id is not null", first), "certified once, not twice");
        assertEquals("ACTIVE", db.text("select status from pension_benefit where resident_id = ?1", second));
    }

    @Test
    void aSessionInTheFutureOrLongAgoIsRefusedWhole() {
        long resident = suspendedPensioner();
        for (LocalDate day : List.of(clock.today().plusDays(1), clock.today().minusDays(31))) {
            JsonPath refused = Gql.doc("certificationSession").as("sessionworker1").var("input", Map.of(
                    "servicePointCode", POINT, "heldOn", day.toString(), "idNumbers", List.of(db.idNumberOf(resident))))
                    .post();
            assertEquals("DATE_OUT_OF_RANGE", refused.getString("data.certificationSessionRecord.userErrors[0].code"));
        }
        assertEquals("SUSPENDED", db.text("select status from pension_benefit where resident_id = ?1", resident));
        JsonPath tooMany = Gql.doc("certificationSession").as("sessionworker1").var("input", Map.of(
                "servicePointCode", POINT, "heldOn", clock.today().toString(),
                "idNumbers", java.util.Collections.nCopies(201, db.idNumberOf(resident)))).post();
        assertEquals("BAD_USER_INPUT", tooMany.getString("errors[0].extensions.code"));
    }
}

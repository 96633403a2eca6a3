package cn.civicservices.certification;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.civicservices.support.FaceChecks;
import cn.civicservices.support.Fixtures;
import cn.civicservices.support.Gql;
import cn.civicservices.support.TestClock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** What a face check may never do, and what a failed one leads to. */
@QuarkusTest
class CertificationGuardsTest {

    @Inject
    Fixtures db;

    @Inject
    TestClock clock;

    @Inject
    AgroalDataSource dataSource;

    private long suspended(String user) {
        long resident = db.resident(user, LocalDate.of(1949, 9, 9), false);
        db.suspendedPension(resident, clock.today().minusMonths(2));
        return resident;
    }

    private JsonPath certify(String user, long resident, String result) {
        return Gql.doc("faceCheck").as(user).var("result", FaceChecks.result(db.idNumberOf(resident), result))
                .post();
    }

    @Test
    void someoneReportedOrRecordedDeadCannotBeCertifiedNorPaidAgain() {
        long reported = suspended("tester1");
        db.execute("update resident set death_reported_on = ?1 where id = ?2", clock.today().minusDays(3), reported);
        JsonPath refused = certify("tester1", reported, "MATCH");
        assertEquals("DECEASED", refused.getString("data.certificationSubmitFaceCheck.userErrors[0].code"));
        assertNull(refused.get("data.certificationSubmitFaceCheck.certification"));
        assertEquals(0, db.count("select count(*) from pension_payment p join pension_benefit b on b.id = p.benefit_id "
                + "where b.resident_id = ?1 and p.kind = 'BACK_PAY'", reported));
        JsonPath status = Gql.doc("pensionStatus").as("tester1").post();
        assertEquals("SUSPENDED", status.getString("data.myPensionStatus.benefits[0].status"));
        assertEquals("VISIT_SERVICE_POINT", status.getString("data.myPensionStatus.nextStep.action"));

        long dead = suspended("tester2");
        db.execute("update resident set deceased_on = ?1 where id = ?2", clock.today().minusDays(40), dead);
        assertEquals("DECEASED", certify("tester2", dead, "MATCH")
                .getString("data.certificationSubmitFaceCheck.userErrors[0].code"));
        assertEquals(0, db.count("select count(*) from certification c join pension_benefit b on b.id = c.benefit_id "
                + "where b.resident_id = ?1 and c.channel = 'SELF_SERVICE'", dead));
    }

    @Test
    void aCertificationNeverOverwritesAConcurrentChangeOfThePension() throws Exception {
        long resident = suspended("tester3");
        long benefit = db.count("select id from pension_benefit where resident_id = ?1", resident);
        String result = FaceChecks.result(db.idNumberOf(resident), "MATCH");
        ExecutorService app = Executors.newSingleThreadExecutor();
        try (Connection admin = dataSource.getConnection()) {
            admin.setAutoCommit(false);
            // An administrator terminates the pension; the change is not committed yet when the certification comes.
            try (PreparedStatement terminate = admin.prepareStatement("update pension_benefit set status = "
                    + "'TERMINATED', terminated_on = ?, suspended_since = null where id = ?")) {
                terminate.setObject(1, clock.today().minusDays(1));
                terminate.setLong(2, benefit);
                terminate.executeUpdate();
            }
            Future<JsonPath> certification = app.submit(
                    () -> Gql.doc("faceCheck").as("tester3").var("result", result).post());
            // Until the certification waits for the lock: it has read the pension and must wait.
            db.awaitSessionWaitingOnALock(Duration.ofSeconds(10), "the certification never reached the pension row");
            admin.commit();
            JsonPath payload = certification.get();
            assertEquals("NOTHING_TO_CERTIFY", payload.getString("data.certificationSubmitFaceCheck.userErrors[0].code"),
                    "the certification waited for the termination and saw it");
        } finally {
            app.shutdownNow();
        }
        assertEquals("TERMINATED", db.text("select status from pension_benefit where id = ?1", benefit));
        assertEquals(0, db.count("select count(*) from pension_payment where benefit_id = ?1 and kind = 'BACK_PAY'",
                benefit));
    }

    @Test
    void afterAFaceCheckThatDidNotMatchTheNextStepIsAHomeVisitWithTheWorkersPhone() {
        long resident = suspended("tester4");
        JsonPath unmatched = certify("tester4", resident, "NO_MATCH");
        assertEquals("FACE_CHECK_NOT_MATCHED", unmatched.getString("data.certificationSubmitFaceCheck.userErrors[0].code"));

        JsonPath status = Gql.doc("pensionStatus").as("tester4").inEnglish().post();
        assertEquals("REQUEST_HOME_VISIT", status.getString("data.myPensionStatus.nextStep.action"));
        String message = status.getString("data.myPensionStatus.nextStep.message");
        assertThat(message, containsString("home visit"));
        assertThat(message, containsString(status.getString("data.myPensionStatus.nextStep.worker.phone")));

        certify("tester4", resident, "MATCH");
        assertEquals("NONE", Gql.doc("pensionStatus").as("tester4").post()
                .getString("data.myPensionStatus.nextStep.action"), "a later certification settles it");
    }

    @Test
    void presentingSomeoneElsesResultIsAudited() {
        long caller = suspended("tester5");
        long other = db.resident("tester1", LocalDate.of(1948, 8, 8), false);
        JsonPath refused = Gql.doc("faceCheck").as("tester5")
                .var("result", FaceChecks.result(db.idNumberOf(other), "MATCH")).post();
        assertEquals("FACE_CHECK_NOT_YOURS", refused.getString("data.certificationSubmitFaceCheck.userErrors[0].code"));
        assertEquals(1, db.count("select count(*) from audit_log where action = 'FACE_CHECK_NOT_YOURS' "
                + "and resident_id = ?1 and actor = 'tester5'", caller));
        assertEquals(0, db.count("select count(*) from audit_log where detail like ?1",
                "%" + db.idNumberOf(other) + "%"), "the audit names the other person's number masked only");
    }
}

package cn.civicservices.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.keys.EllipticCurves;
import org.junit.jupiter.api.Test;

import cn.civicservices.support.FaceChecks;
import cn.civicservices.support.Fixtures;
import cn.civicservices.support.Gql;
import cn.civicservices.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class FaceCheckCertificationTest {

    @Inject
    Fixtures db;

    @Inject
    TestClock clock;

    @Inject
    FaceCheckDevSigner signer;

    /** A suspended pensioner: certification lapsed 2 months ago, last paid the month before. */
    private long suspendedPensioner(String user) {
        long resident = db.resident(user, LocalDate.of(1951, 2, 3), false);
        long benefit = db.benefit(resident, db.enrolment(resident, "URBAN_RURAL_RESIDENT", new BigDecimal("4000"), 0),
                "URBAN_RURAL_RESIDENT", YearMonth.from(clock.today()).minusMonths(2).atDay(1));
        db.payments(benefit, YearMonth.from(clock.today()).minusMonths(3), 6);
        db.certification(benefit, "CENTRALIZED", YearMonth.from(clock.today()).minusMonths(14).atDay(1),
                YearMonth.from(clock.today()).minusMonths(2).atDay(1).minusDays(1));
        return resident;
    }

    private static String faceCheck(String idNumber, String result, long validSeconds) {
        return FaceChecks.result(idNumber, result, validSeconds);
    }

    @Test
    void aValidResultCertifiesResumesTheSuspendedPensionAndBackPaysMissedMonths() {
        long resident = suspendedPensioner("tester1");
        String result = faceCheck(db.idNumberOf(resident), "MATCH", 600);

        JsonPath payload = Gql.doc("faceCheck").as("tester1").var("result", result).post();
        String p = "data.certificationSubmitFaceCheck.";
        assertEquals(List.of(), payload.getList(p + "userErrors"));
        assertEquals("SELF_SERVICE", payload.getString(p + "certification.channel"));
        assertEquals(clock.today().plusMonths(12).toString(), payload.getString(p + "certification.validUntil"));
        assertEquals("ACTIVE", payload.getString(p + "pensionStatus.benefits[0].status"));
        assertEquals("CERTIFIED", payload.getString(p + "pensionStatus.certification.state"));

        int expectedMonths = clock.today().getDayOfMonth() >= 10 ? 3 : 2;
        assertEquals(expectedMonths, payload.getInt(p + "backPay.months"));
        assertEquals(new BigDecimal("203.00").multiply(BigDecimal.valueOf(expectedMonths)),
                new BigDecimal(payload.getString(p + "backPay.total")).setScale(2));
        assertEquals(expectedMonths, db.count("select count(*) from pension_payment p join pension_benefit b "
                + "on b.id = p.benefit_id where b.resident_id = ?1 and p.kind = 'BACK_PAY'", resident));
        assertEquals(1, db.count("select count(*) from certification c join pension_benefit b on b.id = c.benefit_id "
                + "where b.resident_id = ?1 and c.channel = 'SELF_SERVICE' and c.evidence_type = 'FACE_CHECK'", resident));
        assertEquals(1, db.count("select count(*) from audit_log where resident_id = ?1 and action = 'CERTIFIED_SELF_SERVICE'",
                resident));
    }

    @Test
    void aReplayedResultIsRefusedAndChangesNothing() {
        long resident = suspendedPensioner("tester2");
        String result = faceCheck(db.idNumberOf(resident), "MATCH", 600);
        assertEquals(List.of(), Gql.doc("faceCheck").as("tester2").var("result", result).post()
                .getList("data.certificationSubmitFaceCheck.userErrors"));
        long certifications = certifications(resident);

        JsonPath replay = Gql.doc("faceCheck").as("tester2").var("result", result).post();
        assertEquals("FACE_CHECK_REPLAYED", replay.getString("data.certificationSubmitFaceCheck.userErrors[0].code"));
        assertEquals(List.of("input", "faceCheckResult"),
                replay.getList("data.certificationSubmitFaceCheck.userErrors[0].field"));
        assertNull(replay.get("data.certificationSubmitFaceCheck.certification"));
        assertEquals(certifications, certifications(resident));
    }

    @Test
    void someoneElsesResultIsRefused() {
        long owner = suspendedPensioner("tester3");
        long other = suspendedPensioner("tester4");
        String othersResult = faceCheck(db.idNumberOf(other), "MATCH", 600);
        JsonPath payload = Gql.doc("faceCheck").as("tester3").var("result", othersResult).post();
        assertEquals("FACE_CHECK_NOT_YOURS", payload.getString("data.certificationSubmitFaceCheck.userErrors[0].code"));
        assertEquals(0, certificationsBy(owner, "SELF_SERVICE"));
        assertEquals("SUSPENDED", Gql.doc("pensionStatus").as("tester3").post()
                .getString("data.myPensionStatus.benefits[0].status"));
    }

    @Test
    void expiredForgedAndUnmatchedResultsAreRefusedWithTheirOwnCodes() {
        long resident = suspendedPensioner("tester5");
        String idNumber = db.idNumberOf(resident);

        assertEquals("FACE_CHECK_EXPIRED", refusal(faceCheck(idNumber, "MATCH", -120)));
        assertEquals("FACE_CHECK_SIGNATURE_INVALID", refusal(forged(idNumber)));
        assertEquals("FACE_CHECK_SIGNATURE_INVALID", refusal("not-a-signed-result"));
        assertEquals("REQUIRED", refusal("  "));

        JsonPath unmatched = Gql.doc("faceCheck").as("tester5").var("result", faceCheck(idNumber, "NO_MATCH", 600))
                .inEnglish().post();
        assertEquals("FACE_CHECK_NOT_MATCHED", unmatched.getString("data.certificationSubmitFaceCheck.userErrors[0].code"));
        assertTrue(unmatched.getString("data.certificationSubmitFaceCheck.userErrors[0].message").contains("home visit"),
                "a failed face check points to a home visit");
        assertEquals(0, certificationsBy(resident, "SELF_SERVICE"));
    }

    @Test
    void aResultIssuedInTheFutureOrLongerAgoThanTheMaximumAgeIsRefused() {
        long resident = suspendedPensioner("tester5");
        String idNumber = db.idNumberOf(resident);
        Instant now = clock.instant();

        String fromTheFuture = signer.sign(idNumber, "MATCH", UUID.randomUUID().toString(),
                now.plus(Duration.ofMinutes(5)), Duration.ofMinutes(10));
        assertEquals("FACE_CHECK_SIGNATURE_INVALID", refusal(fromTheFuture));

        String tooOld = signer.sign(idNumber, "MATCH", UUID.randomUUID().toString(),
                now.minus(Duration.ofMinutes(16)), Duration.ofMinutes(30));
        assertEquals("FACE_CHECK_EXPIRED", refusal(tooOld));
        assertEquals(0, certificationsBy(resident, "SELF_SERVICE"));

        String withinTheClockSkew = signer.sign(idNumber, "MATCH", UUID.randomUUID().toString(),
                now.plus(Duration.ofSeconds(20)), Duration.ofMinutes(10));
        assertEquals(List.of(), Gql.doc("faceCheck").as("tester5").var("result", withinTheClockSkew).post()
                .getList("data.certificationSubmitFaceCheck.userErrors"));
    }

    @Test
    void workersCannotUseTheResidentsMutation() {
        JsonPath result = Gql.doc("faceCheck").as("worker1").var("result", "x").post();
        assertEquals("FORBIDDEN", result.getString("errors[0].extensions.code"));
        assertNotNull(result.get("errors"));
    }

    private String refusal(String result) {
        return Gql.doc("faceCheck").as("tester5").var("result", result).post()
                .getString("data.certificationSubmitFaceCheck.userErrors[0].code");
    }

    /** A result with the right shape and claims, signed by a key the service never had. */
    private String forged(String idNumber) {
        try {
            EllipticCurveJsonWebKey key = EcJwkGenerator.generateJwk(EllipticCurves.P256);
            key.setKeyId("dev-face-check-1");
            return FaceCheckDevSigner.sign(key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE),
                    "dev-identity-verification", idNumber, "MATCH", UUID.randomUUID().toString(), clock.instant(),
                    Duration.ofMinutes(10));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long certifications(long resident) {
        return db.count("select count(*) from certification c join pension_benefit b on b.id = c.benefit_id "
                + "where b.resident_id = ?1", resident);
    }

    private long certificationsBy(long resident, String channel) {
        return db.count("select count(*) from certification c join pension_benefit b on b.id = c.benefit_id "
                + "where b.resident_id = ?1 and c.channel = ?2", resident, channel);
    }
}

package cn.civicservices.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.civicservices.support.FaceChecks;
import cn.civicservices.support.Fixtures;
import cn.civicservices.support.Gql;
import cn.civicservices.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A lapsed certification suspends payment by itself, on the right day of the county's calendar, once.
 * The clock is set to days before the seed's "today", so that these runs suspend nothing other tests rely on.
 */
@QuarkusTest
class LapseSuspensionTest {

    /** Last valid day of the certifications made here. */
    private static final LocalDate LAST_VALID_DAY = LocalDate.of(2026, 11, 20);

    @Inject
    Fixtures db;

    @Inject
    TestClock clock;

    @Inject
    LapseSuspension lapses;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long activePension(String user, LocalDate validUntil) {
        long resident = db.resident(user, LocalDate.of(1950, 6, 7), false);
        long benefit = db.benefit(resident, db.enrolment(resident, "URBAN_RURAL_RESIDENT", BigDecimal.ZERO, 0),
                "URBAN_RURAL_RESIDENT", null);
        db.payments(benefit, java.time.YearMonth.of(2026, 11), 3);
        db.certification(benefit, "DATA_COMPARISON", validUntil.minusYears(1), validUntil);
        return benefit;
    }

    private String status(long benefit) {
        return db.text("select status from pension_benefit where id = ?1", benefit);
    }

    @Test
    void aLapsedPensionIsShownSuspendedAtOnceThenSuspendedOnceAndAudited() {
        long benefit = activePension("tester1", LAST_VALID_DAY);
        clock.setCounty(LAST_VALID_DAY.plusDays(1), LocalTime.of(9, 0));

        JsonPath before = Gql.doc("pensionStatus").as("tester1").post();
        assertEquals("SUSPENDED", before.getString("data.myPensionStatus.benefits[0].status"),
                "the status tells the truth before the daily suspension has run");
        assertEquals("2026-11-21", before.getString("data.myPensionStatus.benefits[0].suspendedSince"));
        assertNull(before.get("data.myPensionStatus.benefits[0].nextPayment"), "no payment is promised");
        assertEquals("OVERDUE", before.getString("data.myPensionStatus.certification.state"));
        assertEquals("2026-11-21", before.getString("data.myPensionStatus.certification.paymentSuspendedSince"));
        assertEquals("ACTIVE", status(benefit), "nothing was written by reading");

        assertTrue(lapses.run() >= 1);
        assertEquals("SUSPENDED", status(benefit));
        assertEquals("2026-11-21", db.text("select cast(suspended_since as text) from pension_benefit where id = ?1",
                benefit));
        lapses.run();
        assertEquals(1, db.count("select count(*) from audit_log where action = 'PENSION_SUSPENDED_LAPSED' "
                + "and detail like ?1 and actor = ?2", "benefit " + benefit + " %", LapseSuspension.ACTOR));
    }

    /** The last valid day ends at midnight in the county, whatever the zone of the machine. */
    @ParameterizedTest(name = "{0} {1}: suspended {2}")
    @CsvSource({
            "Asia/Shanghai, 2026-11-20T23:30, false",
            "Asia/Shanghai, 2026-11-21T00:30, true",
            "UTC, 2026-11-20T15:30, false",
            "UTC, 2026-11-20T16:30, true",
            "UTC, 2026-11-20T23:30, true",
            "UTC, 2026-11-19T23:30, false",
            "UTC, 2026-11-20T00:30, false" })
    void thePensionIsSuspendedFromTheFirstDayAfterTheLastValidDay(String zone, String localTime, boolean suspended) {
        String user = suspended ? "tester2" : "tester3";
        long benefit = activePension(user, LAST_VALID_DAY);
        clock.set(java.time.LocalDateTime.parse(localTime).atZone(java.time.ZoneId.of(zone)).toInstant());

        JsonPath view = Gql.doc("pensionStatus").as(user).post();
        lapses.run();

        assertEquals(suspended ? "SUSPENDED" : "ACTIVE", status(benefit));
        assertEquals(suspended ? "SUSPENDED" : "ACTIVE", view.getString("data.myPensionStatus.benefits[0].status"));
        assertEquals(suspended ? "OVERDUE" : "DUE_SOON", view.getString("data.myPensionStatus.certification.state"));
    }

    @Test
    void runsOnSeveralReplicasAtOnceSuspendEachPensionOnce() throws Exception {
        List<Long> benefits = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            benefits.add(activePension("tester4", LocalDate.of(2026, 11, 19)));
        }
        clock.set(LocalDate.of(2026, 11, 21).atTime(1, 0).toInstant(ZoneOffset.ofHours(8)));
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(replicas.submit(() -> {
                    start.await();
                    return lapses.run();
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> run : runs) {
                total += run.get();
            }
            assertTrue(total >= benefits.size(), "every lapsed pension was suspended by one of the runs");
        } finally {
            replicas.shutdownNow();
        }
        for (long benefit : benefits) {
            assertEquals("SUSPENDED", status(benefit));
            assertEquals(1, db.count("select count(*) from audit_log where action = 'PENSION_SUSPENDED_LAPSED' "
                    + "and detail like ?1", "benefit " + benefit + " %"), "suspended and audited once");
        }
    }

    @Test
    void aCertificationRacingTheSuspensionIsNeverUndone() throws Exception {
        long benefit = activePension("tester5", LocalDate.of(2026, 11, 19));
        clock.set(LocalDate.of(2026, 11, 21).atTime(1, 0).toInstant(ZoneOffset.ofHours(8)));
        long resident = db.count("select resident_id from pension_benefit where id = ?1", benefit);
        String result = FaceChecks.result(db.idNumberOf(resident), "MATCH");
        ExecutorService both = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<JsonPath> certify = both.submit(() -> {
                start.await();
                return Gql.doc("faceCheck").as("tester5").var("result", result).post();
            });
            Future<Integer> suspend = both.submit(() -> {
                start.await();
                return lapses.run();
            });
            start.countDown();
            assertEquals(List.of(), certify.get().getList("data.certificationSubmitFaceCheck.userErrors"));
            suspend.get();
        } finally {
            both.shutdownNow();
        }
        assertEquals("ACTIVE", status(benefit), "certified: whichever ran first, the pension is paid");
        assertEquals("2027-11-21", db.text("select cast(certified_until as text) from pension_benefit where id = ?1",
                benefit));
    }
}

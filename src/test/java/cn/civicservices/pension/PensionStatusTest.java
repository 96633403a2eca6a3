package cn.civicservices.pension;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.civicservices.common.SqlStatementCounter;
import cn.civicservices.support.Fixtures;
import cn.civicservices.support.Gql;
import cn.civicservices.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class PensionStatusTest {

    @Inject
    Fixtures db;

    @Inject
    TestClock clock;

    @Test
    void aCertifiedPensionerSeesAmountsPaymentsAndNothingToDo() {
        JsonPath status = Gql.doc("pensionStatus").as("resident1").post();
        assertNull(status.get("errors"));
        assertEquals("140723196104187406", status.getString("data.myPensionStatus.resident.idNumber"),
                "the owner sees the full ID number");
        assertEquals("1407**********7406", status.getString("data.myPensionStatus.resident.idNumberMasked"));
        assertEquals("ACTIVE", status.getString("data.myPensionStatus.benefits[0].status"));
        assertEquals(new BigDecimal("216.49"), new BigDecimal(status.getString("data.myPensionStatus.benefits[0].monthlyAmount")));
        assertEquals("2026-11-01", status.getString("data.myPensionStatus.benefits[0].lastPayment.period"));
        assertEquals(3, status.getList("data.myPensionStatus.benefits[0].payments.nodes").size());
        assertEquals(12, status.getInt("data.myPensionStatus.benefits[0].payments.totalCount"));
        assertEquals("SELF_SERVICE", status.getString("data.myPensionStatus.certification.lastChannel"));
        assertEquals("东仁村就业社保服务站", status.getString("data.myPensionStatus.nextStep.servicePoint.name"));
        assertEquals("霍晋国", status.getString("data.myPensionStatus.nextStep.worker.name"));
    }

    @Test
    void aliasesOfOneListWithOtherArgumentsEachGetTheirOwnPage() {
        JsonPath status = Gql.raw("{ myPensionStatus { benefits { one: payments(first: 1) { nodes { period } } "
                + "five: payments(first: 5) { nodes { period } } all: payments(first: 20) { totalCount nodes { period } } "
                + "again: payments(first: 1) { nodes { period } } } } }").as("resident1").post();
        assertNull(status.get("errors"));
        assertEquals(1, status.getList("data.myPensionStatus.benefits[0].one.nodes").size());
        assertEquals(5, status.getList("data.myPensionStatus.benefits[0].five.nodes").size());
        assertEquals(12, status.getList("data.myPensionStatus.benefits[0].all.nodes").size());
        assertEquals(status.getList("data.myPensionStatus.benefits[0].one.nodes"),
                status.getList("data.myPensionStatus.benefits[0].again.nodes"));
        assertEquals(status.getList("data.myPensionStatus.benefits[0].all.nodes").subList(0, 5),
                status.getList("data.myPensionStatus.benefits[0].five.nodes"));
    }

    @Test
    void anOverduePensionerIsToldPaymentIsSuspendedAndWhatToDo() {
        long resident = db.resident("tester1", LocalDate.of(1950, 3, 4), false);
        long enrolment = db.enrolment(resident, "URBAN_RURAL_RESIDENT", new BigDecimal("5000"), 0);
        LocalDate lapsed = clock.today().minusDays(20);
        long benefit = db.benefit(resident, enrolment, "URBAN_RURAL_RESIDENT", lapsed.plusDays(1));
        db.certification(benefit, "DATA_COMPARISON", lapsed.minusYears(1), lapsed);

        JsonPath zh = Gql.doc("pensionStatus").as("tester1").post();
        assertEquals("OVERDUE", zh.getString("data.myPensionStatus.certification.state"));
        assertEquals(lapsed.plusDays(1).toString(), zh.getString("data.myPensionStatus.certification.paymentSuspendedSince"));
        assertEquals("SUSPENDED", zh.getString("data.myPensionStatus.benefits[0].status"));
        assertNull(zh.get("data.myPensionStatus.benefits[0].nextPayment"), "no payment is due while suspended");
        assertEquals("CERTIFY_IN_APP", zh.getString("data.myPensionStatus.nextStep.action"));
        assertThat(zh.getString("data.myPensionStatus.certification.summary"), containsString("暂停发放"));
        assertThat(zh.getString("data.myPensionStatus.nextStep.message"), containsString("0354-"));

        JsonPath en = Gql.doc("pensionStatus").as("tester1").inEnglish().post();
        assertThat(en.getString("data.myPensionStatus.certification.summary"), containsString("suspended"));
        assertThat(en.getString("data.myPensionStatus.nextStep.message"), containsString("face check"));
    }

    @Test
    void aBedriddenPensionerDueSoonIsOfferedAHomeVisit() {
        long resident = db.resident("tester2", LocalDate.of(1940, 1, 2), true);
        long enrolment = db.enrolment(resident, "URBAN_RURAL_RESIDENT", BigDecimal.ZERO, 0);
        long benefit = db.benefit(resident, enrolment, "URBAN_RURAL_RESIDENT", null);
        db.certification(benefit, "HOME_VISIT", clock.today().minusMonths(12).plusDays(10),
                clock.today().plusDays(10));
        JsonPath status = Gql.doc("pensionStatus").as("tester2").post();
        assertEquals("DUE_SOON", status.getString("data.myPensionStatus.certification.state"));
        assertEquals(10, status.getInt("data.myPensionStatus.certification.daysLeft"));
        assertEquals("REQUEST_HOME_VISIT", status.getString("data.myPensionStatus.nextStep.action"));
    }

    @Test
    void theStatusCostsTheSameFewStatementsWhateverTheNumberOfBenefitsAndPayments() {
        long small = db.resident("tester3", LocalDate.of(1955, 5, 5), false);
        long smallBenefit = db.benefit(small, db.enrolment(small, "URBAN_RURAL_RESIDENT", BigDecimal.TEN, 2),
                "URBAN_RURAL_RESIDENT", null);
        db.payments(smallBenefit, YearMonth.from(clock.today()), 1);
        db.certification(smallBenefit, "ASSISTED", clock.today().minusDays(5), clock.today().plusMonths(12));

        long large = db.resident("tester4", LocalDate.of(1952, 6, 6), false);
        for (String scheme : List.of("URBAN_RURAL_RESIDENT", "URBAN_EMPLOYEE")) {
            long benefit = db.benefit(large, db.enrolment(large, scheme, BigDecimal.TEN, 10), scheme, null);
            db.payments(benefit, YearMonth.from(clock.today()), 60);
            for (int year = 1; year <= 5; year++) {
                db.certification(benefit, "DATA_COMPARISON", clock.today().minusYears(year),
                        clock.today().minusYears(year).plusMonths(12));
            }
        }

        long smallCost = statementsFor("tester3");
        long largeCost = statementsFor("tester4");
        assertEquals(smallCost, largeCost, "statements must not grow with benefits, certifications or payments");
        assertThat(largeCost, lessThanOrEqualTo(14L));
    }

    @Test
    void paymentsPageForwardAndBackwardWithoutGapsOrRepeats() {
        long resident = db.resident("tester5", LocalDate.of(1958, 8, 8), false);
        long benefit = db.benefit(resident, db.enrolment(resident, "URBAN_RURAL_RESIDENT", BigDecimal.ONE, 0),
                "URBAN_RURAL_RESIDENT", null);
        db.payments(benefit, YearMonth.of(2026, 11), 7);

        JsonPath first = Gql.doc("benefitPayments").as("tester5").var("first", 3).post();
        String path = "data.myPensionStatus.benefits[0].payments.";
        assertEquals(7, first.getInt(path + "totalCount"));
        assertEquals(List.of("2026-11-01", "2026-10-01", "2026-09-01"), first.getList(path + "edges.node.period"));
        assertEquals(true, first.getBoolean(path + "pageInfo.hasNextPage"));
        assertEquals(false, first.getBoolean(path + "pageInfo.hasPreviousPage"));

        JsonPath second = Gql.doc("benefitPayments").as("tester5").var("first", 3)
                .var("after", first.getString(path + "pageInfo.endCursor")).post();
        assertEquals(List.of("2026-08-01", "2026-07-01", "2026-06-01"), second.getList(path + "edges.node.period"));

        JsonPath third = Gql.doc("benefitPayments").as("tester5").var("first", 3)
                .var("after", second.getString(path + "pageInfo.endCursor")).post();
        assertEquals(List.of("2026-05-01"), third.getList(path + "edges.node.period"));
        assertEquals(false, third.getBoolean(path + "pageInfo.hasNextPage"));

        JsonPath back = Gql.doc("benefitPayments").as("tester5").var("last", 2)
                .var("before", second.getString(path + "pageInfo.startCursor")).post();
        assertEquals(List.of("2026-10-01", "2026-09-01"), back.getList(path + "edges.node.period"));
        assertEquals(true, back.getBoolean(path + "pageInfo.hasPreviousPage"));
    }

    private long statementsFor(String user) {
        Gql.doc("pensionStatus").as(user).post();
        long before = SqlStatementCounter.count();
        JsonPath result = Gql.doc("pensionStatus").as(user).var("paymentsFirst", 12).post();
        long after = SqlStatementCounter.count();
        assertNull(result.get("errors"));
        return after - before;
    }
}

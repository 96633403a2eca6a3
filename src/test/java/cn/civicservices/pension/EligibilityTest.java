package cn.civicservices.pension;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.civicservices.support.Gql;
import cn.civicservices.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class EligibilityTest {

    @Inject
    TestClock clock;

    private static JsonPath estimate(Map<String, Object> input) {
        return Gql.doc("eligibilityEstimate").var("input", input).post();
    }

    @Test
    void someoneOver60With15YearsQualifiesWithAnEstimateFromReferenceData() {
        LocalDate birth = clock.today().minusYears(61);
        JsonPath r = estimate(Map.of("birthDate", birth.toString(), "contributionYears", 15, "accountBalance", 13900));
        String p = "data.pensionEligibilityEstimate.";
        assertTrue(r.getBoolean(p + "qualified"));
        assertEquals(List.of(true, true, true), r.getList(p + "rules.passed"));
        assertEquals(List.of("AGE", "CONTRIBUTION_YEARS", "NO_OTHER_BASIC_PENSION"), r.getList(p + "rules.rule"));
        assertEquals(YearMonth.from(clock.today()).plusMonths(1).atDay(1).toString(), r.getString(p + "earliestStartDate"));
        assertEquals(new BigDecimal("163.00"), new BigDecimal(r.getString(p + "estimate.basicMonthly")).setScale(2));
        assertEquals(132, r.getInt(p + "estimate.monthsDivisor"), "the divisor of age 61");
        assertEquals(new BigDecimal("105.30"), new BigDecimal(r.getString(p + "estimate.accountMonthly")).setScale(2));
    }

    @Test
    void aYoungerPersonIsToldWhenTheyTurn60AndTheDivisorIs139() {
        LocalDate birth = LocalDate.of(1970, 3, 15);
        JsonPath r = estimate(Map.of("birthDate", birth.toString(), "contributionYears", 15, "accountBalance", 13900));
        String p = "data.pensionEligibilityEstimate.";
        assertFalse(r.getBoolean(p + "qualified"));
        assertEquals(false, r.getBoolean(p + "rules[0].passed"));
        assertThat(r.getString(p + "rules[0].reason"), containsString("2030-03-15"));
        assertEquals("2030-04-01", r.getString(p + "earliestStartDate"));
        assertEquals(139, r.getInt(p + "estimate.monthsDivisor"));
        assertEquals(new BigDecimal("100.00"), new BigDecimal(r.getString(p + "estimate.accountMonthly")).setScale(2));
    }

    @Test
    void thoseNear60WhenTheSchemeStartedNeedOnlyTheYearsThatWereLeft() {
        // Heshun's scheme started on 2010-01-01; born 1955-06-01, this person turned 60 in 2015: 6 years were left.
        JsonPath r = estimate(Map.of("birthDate", "1955-06-01", "contributionYears", 6));
        String p = "data.pensionEligibilityEstimate.";
        assertTrue(r.getBoolean(p + "qualified"));
        assertThat(r.getString(p + "rules[1].reason"), containsString("只需缴费 6 年"));

        JsonPath short1 = estimate(Map.of("birthDate", "1955-06-01", "contributionYears", 5));
        assertFalse(short1.getBoolean(p + "qualified"));
        assertNull(short1.get(p + "earliestStartDate"));
        assertThat(short1.getString(p + "rules[1].reason"), containsString("还需 1 年"));

        JsonPath already60 = estimate(Map.of("birthDate", "1940-01-01", "contributionYears", 0));
        assertTrue(already60.getBoolean(p + "qualified"), "60 before the scheme started: no contributions needed");
    }

    @Test
    void drawingTheEmployeesPensionExcludesTheResidentsPension() {
        JsonPath r = Gql.doc("eligibilityEstimate").var("input", Map.of("birthDate", "1950-01-01",
                "contributionYears", 20, "drawsOtherBasicPension", true)).inEnglish().post();
        String p = "data.pensionEligibilityEstimate.";
        assertFalse(r.getBoolean(p + "qualified"));
        assertEquals(false, r.getBoolean(p + "rules[2].passed"));
        assertThat(r.getString(p + "rules[2].reason"), containsString("employees' basic pension"));
    }

    @Test
    void impossibleInputIsBadUserInput() {
        JsonPath future = estimate(Map.of("birthDate", clock.today().plusDays(1).toString(), "contributionYears", 1));
        assertEquals("BAD_USER_INPUT", future.getString("errors[0].extensions.code"));
        JsonPath years = estimate(Map.of("birthDate", "1960-01-01", "contributionYears", 61));
        assertEquals("BAD_USER_INPUT", years.getString("errors[0].extensions.code"));
        JsonPath area = estimate(Map.of("birthDate", "1960-01-01", "contributionYears", 1, "areaCode", "abc"));
        assertEquals("BAD_USER_INPUT", area.getString("errors[0].extensions.code"));
    }

    @Test
    void aContributorSeesTheirOwnCheckFromTheirRecords() {
        JsonPath r = Gql.doc("myEligibility").as("resident3").post();
        String p = "data.myPensionEligibility.";
        assertFalse(r.getBoolean(p + "qualified"));
        assertEquals(false, r.getBoolean(p + "rules[0].passed"), "resident3 is in their fifties");
        assertEquals(false, r.getBoolean(p + "rules[1].passed"), "10 of the 15 years are paid");
        assertThat(r.getString(p + "rules[1].reason"), containsString("还需 5 年"));
        assertNull(r.get(p + "estimate"), "no estimate before the contribution rule can be met");

        JsonPath drawing = Gql.doc("myEligibility").as("resident1").post();
        assertTrue(drawing.getBoolean(p + "qualified"));
        assertNull(drawing.get(p + "earliestStartDate"), "already drawing: no new start date");
    }
}

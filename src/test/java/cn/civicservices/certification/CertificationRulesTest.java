package cn.civicservices.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.civicservices.pension.ReferenceData.CertificationPolicy;

class CertificationRulesTest {

    private static final CertificationPolicy POLICY = new CertificationPolicy(12, 30, 0);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void validityIsARolling12Months() {
        assertEquals(LocalDate.of(2027, 11, 22), CertificationRules.validUntil(TODAY, POLICY));
        assertEquals(LocalDate.of(2025, 2, 28), CertificationRules.validUntil(LocalDate.of(2024, 2, 29), POLICY));
    }

    @Test
    void stateFollowsTheDueWindowAndTheLastValidDay() {
        assertEquals(CertificationState.NEVER_CERTIFIED, CertificationRules.state(null, TODAY, POLICY));
        assertEquals(CertificationState.CERTIFIED, CertificationRules.state(TODAY.plusDays(30), TODAY, POLICY));
        assertEquals(CertificationState.DUE_SOON, CertificationRules.state(TODAY.plusDays(29), TODAY, POLICY));
        assertEquals(CertificationState.DUE_SOON, CertificationRules.state(TODAY, TODAY, POLICY),
                "the last valid day is still valid");
        assertEquals(CertificationState.OVERDUE, CertificationRules.state(TODAY.minusDays(1), TODAY, POLICY));
        assertEquals(-4, CertificationRules.daysLeft(LocalDate.of(2026, 11, 18), TODAY));
    }
}

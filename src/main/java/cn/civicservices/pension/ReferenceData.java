package cn.civicservices.pension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.civicservices.common.SqlValues;

/**
 * Rules that vary by place and year, read from the reference tables: the row in force for an area on a date
 * is the one with the longest matching area prefix, then the latest effective date on or before that date.
 */
@ApplicationScoped
public class ReferenceData {

    /**
     * How long a certification is valid, how many days before it lapses the person is reminded, and how many
     * days after the lapse payment is suspended.
     */
    public record CertificationPolicy(int validityMonths, int dueWindowDays, int suspensionGraceDays) {
    }

    public record EligibilityRule(LocalDate schemeStartedOn, int minAge, int minContributionYears, String source) {
    }

    @Inject
    EntityManager em;

    public CertificationPolicy certificationPolicy(LocalDate on) {
        List<?> rows = em.createNativeQuery("select validity_months, due_window_days, suspension_grace_days from certification_policy "
                + "where effective_from <= ?1 order by effective_from desc limit 1")
                .setParameter(1, on).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("No certification policy in force on " + on);
        }
        Object[] row = (Object[]) rows.get(0);
        return new CertificationPolicy(((Number) row[0]).intValue(), ((Number) row[1]).intValue(),
                ((Number) row[2]).intValue());
    }

    public Optional<BigDecimal> basicStandard(String areaCode, Scheme scheme, LocalDate on) {
        List<?> rows = em.createNativeQuery("select basic_monthly from pension_standard "
                + "where ?1 like area_prefix || '%' and scheme = ?2 and effective_from <= ?3 "
                + "order by length(area_prefix) desc, effective_from desc limit 1")
                .setParameter(1, areaCode).setParameter(2, scheme.name()).setParameter(3, on).getResultList();
        return rows.stream().findFirst().map(BigDecimal.class::cast);
    }

    /** The months divisor for a pension starting at an age; ages outside the table use its nearest end. */
    public int monthsDivisor(int age, LocalDate on) {
        int bounded = Math.max(40, Math.min(70, age));
        List<?> rows = em.createNativeQuery("select divisor from months_divisor where age = ?1 "
                + "and effective_from <= ?2 order by effective_from desc limit 1")
                .setParameter(1, bounded).setParameter(2, on).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("No months divisor for age " + bounded + " on " + on);
        }
        return ((Number) rows.get(0)).intValue();
    }

    public EligibilityRule eligibilityRule(String areaCode, Scheme scheme, LocalDate on) {
        List<?> rows = em.createNativeQuery("select scheme_started_on, min_age, min_contribution_years, source "
                + "from eligibility_rule where ?1 like area_prefix || '%' and scheme = ?2 and effective_from <= ?3 "
                + "order by length(area_prefix) desc, effective_from desc limit 1")
                .setParameter(1, areaCode).setParameter(2, scheme.name()).setParameter(3, on).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("No eligibility rule for " + areaCode + " on " + on);
        }
        Object[] row = (Object[]) rows.get(0);
        return new EligibilityRule(SqlValues.localDate(row[0]), ((Number) row[1]).intValue(),
                ((Number) row[2]).intValue(), (String) row[3]);
    }

}

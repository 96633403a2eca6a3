package cn.civicservices.certification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import cn.civicservices.pension.ReferenceData.CertificationPolicy;

/** The rolling-validity rule of the yearly certification, as plain functions of dates. */
public final class CertificationRules {

    private CertificationRules() {
    }

    /** Last day a certification made on {@code certifiedOn} is valid: the same day, validity months later. */
    public static LocalDate validUntil(LocalDate certifiedOn, CertificationPolicy policy) {
        return certifiedOn.plusMonths(policy.validityMonths());
    }

    public static CertificationState state(LocalDate validUntil, LocalDate today, CertificationPolicy policy) {
        if (validUntil == null) {
            return CertificationState.NEVER_CERTIFIED;
        }
        if (today.isAfter(validUntil)) {
            return CertificationState.OVERDUE;
        }
        return daysLeft(validUntil, today) < policy.dueWindowDays() ? CertificationState.DUE_SOON
                : CertificationState.CERTIFIED;
    }

    /** Days from today to the last valid day: 0 on the last day, negative once lapsed. */
    public static long daysLeft(LocalDate validUntil, LocalDate today) {
        return ChronoUnit.DAYS.between(today, validUntil);
    }
}

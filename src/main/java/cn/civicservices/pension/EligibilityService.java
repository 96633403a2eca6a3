package cn.civicservices.pension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.civicservices.audit.AuditLog;
import cn.civicservices.common.Messages;
import cn.civicservices.common.Msg;
import cn.civicservices.pension.ReferenceData.EligibilityRule;
import cn.civicservices.resident.ResidentEntity;
import cn.civicservices.resident.ResidentService;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Checks eligibility for the residents' basic pension and estimates its amount, explaining every rule. */
@ApplicationScoped
public class EligibilityService {

    @ConfigMapping(prefix = "civic.region")
    public interface RegionConfig {
        /** Area whose rules apply when a calculator request names none: the bureau's own county. */
        @WithDefault("140723")
        String defaultAreaCode();
    }

    /** Facts about a person that the rules look at. */
    record Facts(LocalDate birthDate, int contributionYears, BigDecimal accountBalance, boolean drawsOther,
            boolean drawsResidents, String areaCode) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ReferenceData reference;

    @Inject
    ResidentService residents;

    @Inject
    AuditLog audit;

    @Inject
    RegionConfig region;

    @Transactional
    public PensionEligibility forResident(long residentId) {
        ResidentEntity resident = residents.require(residentId);
        EnrolmentEntity enrolment = EnrolmentEntity.find("residentId = ?1 and scheme = ?2", residentId,
                Scheme.URBAN_RURAL_RESIDENT).firstResult();
        int years = enrolment == null ? 0
                : ((Number) em.createNativeQuery("select count(distinct year) from contribution where enrolment_id = ?1")
                        .setParameter(1, enrolment.id).getSingleResult()).intValue();
        List<PensionBenefitEntity> benefits = PensionBenefitEntity.list("residentId = ?1 and status <> ?2",
                residentId, BenefitStatus.TERMINATED);
        boolean drawsOther = benefits.stream().anyMatch(b -> b.scheme == Scheme.URBAN_EMPLOYEE);
        boolean drawsResidents = benefits.stream().anyMatch(b -> b.scheme == Scheme.URBAN_RURAL_RESIDENT);
        audit.record("READ_ELIGIBILITY", residentId, null);
        return check(new Facts(resident.birthDate, years,
                enrolment == null ? BigDecimal.ZERO : enrolment.accountBalance, drawsOther, drawsResidents,
                resident.areaCode));
    }

    /** The calculator: the input is in range (see the constraints of {@link EligibilityInput}). */
    @Transactional
    public PensionEligibility forHypothetical(EligibilityInput input) {
        BigDecimal balance = input.accountBalance == null ? BigDecimal.ZERO : input.accountBalance;
        String area = input.areaCode == null ? region.defaultAreaCode() : input.areaCode;
        return check(new Facts(input.birthDate, input.contributionYears, balance,
                Boolean.TRUE.equals(input.drawsOtherBasicPension), false, area));
    }

    PensionEligibility check(Facts facts) {
        LocalDate today = LocalDate.now(clock);
        Msg msg = Messages.msg();
        EligibilityRule rule = reference.eligibilityRule(facts.areaCode(), Scheme.URBAN_RURAL_RESIDENT, today);
        LocalDate ageReached = facts.birthDate().plusYears(rule.minAge());
        boolean ageMet = !today.isBefore(ageReached);
        EligibilityRuleResult age = new EligibilityRuleResult(EligibilityRuleKind.AGE, ageMet,
                ageMet ? msg.eligibilityAgePass(rule.minAge(), ageReached)
                        : msg.eligibilityAgeFail(rule.minAge(), ageReached));

        int required = requiredYears(rule, ageReached);
        boolean yearsMet = facts.contributionYears() >= required;
        String yearsReason = yearsMet
                ? msg.eligibilityYearsPass(facts.contributionYears(), required)
                : msg.eligibilityYearsFail(facts.contributionYears(),
                        required - facts.contributionYears(), required);
        if (required < rule.minContributionYears()) {
            yearsReason = yearsReason + " " + msg.eligibilityYearsTransitional(rule.schemeStartedOn(),
                    required);
        }
        EligibilityRuleResult years = new EligibilityRuleResult(EligibilityRuleKind.CONTRIBUTION_YEARS, yearsMet,
                yearsReason);

        EligibilityRuleResult other = new EligibilityRuleResult(EligibilityRuleKind.NO_OTHER_BASIC_PENSION,
                !facts.drawsOther(),
                facts.drawsOther() ? msg.eligibilityOtherFail() : msg.eligibilityOtherPass());

        boolean qualified = facts.drawsResidents() || ageMet && yearsMet && !facts.drawsOther();
        LocalDate earliest = null;
        PensionEstimate estimate = null;
        if ((yearsMet || facts.drawsResidents()) && !facts.drawsOther()) {
            LocalDate monthAfterBirthday = YearMonth.from(ageReached).plusMonths(1).atDay(1);
            LocalDate nextMonth = YearMonth.from(today).plusMonths(1).atDay(1);
            earliest = facts.drawsResidents() ? null
                    : (monthAfterBirthday.isAfter(nextMonth) ? monthAfterBirthday : nextMonth);
            LocalDate startForEstimate = earliest == null ? today : earliest;
            estimate = estimate(facts, Period.between(facts.birthDate(), startForEstimate).getYears(),
                    startForEstimate, today);
        }
        String summary;
        if (facts.drawsResidents()) {
            summary = msg.eligibilityAlreadyDrawing();
        } else if (qualified) {
            summary = msg.eligibilityQualified(earliest);
        } else {
            summary = msg.eligibilityNotQualified();
        }
        return new PensionEligibility(qualified, summary, List.of(age, years, other), earliest, estimate);
    }

    /** Fifteen years, or only the years that were left until the qualifying age when the scheme started. */
    static int requiredYears(EligibilityRule rule, LocalDate ageReached) {
        if (!ageReached.isAfter(rule.schemeStartedOn())) {
            return 0;
        }
        long monthsLeft = ChronoUnit.MONTHS.between(rule.schemeStartedOn(), ageReached);
        int yearsLeft = (int) ((monthsLeft + 11) / 12);
        return Math.min(rule.minContributionYears(), yearsLeft);
    }

    private PensionEstimate estimate(Facts facts, int ageAtStart, LocalDate start, LocalDate today) {
        LocalDate standardDate = start.isAfter(today) ? today : start;
        BigDecimal basic = reference.basicStandard(facts.areaCode(), Scheme.URBAN_RURAL_RESIDENT, standardDate)
                .orElse(BigDecimal.ZERO);
        int divisor = reference.monthsDivisor(ageAtStart, standardDate);
        BigDecimal account = facts.accountBalance().divide(BigDecimal.valueOf(divisor), 2, RoundingMode.HALF_UP);
        return new PensionEstimate(basic, account, basic.add(account), facts.accountBalance(), divisor);
    }
}

package cn.civicservices.pension;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.civicservices.pension.ReferenceData.CertificationPolicy;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity(name = "PensionBenefit")
@Table(name = "pension_benefit")
public class PensionBenefitEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "resident_id", nullable = false)
    public Long residentId;

    @Column(name = "enrolment_id", nullable = false)
    public Long enrolmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Scheme scheme;

    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    @Column(name = "basic_amount", nullable = false)
    public BigDecimal basicAmount;

    @Column(name = "account_amount", nullable = false)
    public BigDecimal accountAmount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BenefitStatus status;

    @Column(name = "suspended_since")
    public LocalDate suspendedSince;

    @Column(name = "terminated_on")
    public LocalDate terminatedOn;

    /** Last day the benefit's certification is valid; kept by the database whenever a certification is recorded. */
    @Column(name = "certified_until", insertable = false, updatable = false)
    public LocalDate certifiedUntil;

    public BigDecimal monthlyAmount() {
        return basicAmount.add(accountAmount);
    }

    public boolean needsCertification() {
        return status != BenefitStatus.TERMINATED;
    }

    /**
     * The day payment stops for lack of certification: the day after the last valid day, plus the grace days of
     * the policy; null when never certified.
     */
    public LocalDate lapseSuspensionDate(CertificationPolicy policy) {
        return certifiedUntil == null ? null : certifiedUntil.plusDays(1L + policy.suspensionGraceDays());
    }

    /**
     * The status on a day: an active benefit whose certification has lapsed is suspended from its lapse date on,
     * whether or not the daily suspension has recorded it yet.
     */
    public BenefitStatus statusOn(LocalDate day, CertificationPolicy policy) {
        LocalDate lapse = lapseSuspensionDate(policy);
        return status == BenefitStatus.ACTIVE && lapse != null && !day.isBefore(lapse) ? BenefitStatus.SUSPENDED
                : status;
    }

    /** Since when payment is suspended on a day, by record or by a lapse not yet recorded; null if it is not. */
    public LocalDate suspendedSinceOn(LocalDate day, CertificationPolicy policy) {
        if (status == BenefitStatus.SUSPENDED) {
            return suspendedSince;
        }
        return statusOn(day, policy) == BenefitStatus.SUSPENDED ? lapseSuspensionDate(policy) : null;
    }
}

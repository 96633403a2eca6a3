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

    public BigDecimal monthlyAmount() {
        return basicAmount.add(accountAmount);
    }

    public boolean needsCertification() {
        return status != BenefitStatus.TERMINATED;
    }
}

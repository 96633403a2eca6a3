package cn.civicservices.certification;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.civicservices.audit.AuditLog;
import cn.civicservices.certification.FaceCheckVerifier.Outcome;
import cn.civicservices.certification.FaceCheckVerifier.Verified;
import cn.civicservices.common.Messages;
import cn.civicservices.common.UserError;
import cn.civicservices.common.UserErrorCode;
import cn.civicservices.pension.BenefitStatus;
import cn.civicservices.pension.PaymentSchedule;
import cn.civicservices.pension.PensionBenefitEntity;
import cn.civicservices.pension.PensionStatusService;
import cn.civicservices.pension.ReferenceData;
import cn.civicservices.pension.ReferenceData.CertificationPolicy;
import cn.civicservices.resident.IdNumber;
import cn.civicservices.resident.PiiVault;
import cn.civicservices.resident.ResidentEntity;
import cn.civicservices.resident.ResidentService;

/**
 * Certifies pensioners. A certification covers every pension of the person that is not terminated; a suspended
 * one resumes at once, and the months it missed are back-paid, in the same transaction.
 */
@ApplicationScoped
public class CertificationService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FaceCheckVerifier verifier;

    @Inject
    PiiVault vault;

    @Inject
    ResidentService residents;

    @Inject
    ReferenceData reference;

    @Inject
    PaymentSchedule schedule;

    @Inject
    PensionStatusService status;

    @Inject
    AuditLog audit;

    @Transactional
    public FaceCheckCertificationPayload certifyByFaceCheck(long residentId, String token) {
        if (token == null || token.isBlank()) {
            return FaceCheckCertificationPayload.refused(UserError.of(UserErrorCode.REQUIRED,
                    Messages.get("faceCheck.required"), "input", "faceCheckResult"));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Outcome outcome = verifier.verify(token.trim(), now.toInstant());
        if (outcome.verified().isEmpty()) {
            return refused(outcome.refusal(), outcome.messageKey());
        }
        Verified result = outcome.verified().get();
        ResidentEntity resident = residents.require(residentId);
        if (!vault.matches(IdNumber.parse(result.idNumber()), resident)) {
            return refused(UserErrorCode.FACE_CHECK_NOT_YOURS, "faceCheck.notYours");
        }
        if (!result.matched()) {
            audit.record("FACE_CHECK_NOT_MATCHED", residentId, null);
            return refused(UserErrorCode.FACE_CHECK_NOT_MATCHED, "faceCheck.notMatched");
        }
        List<PensionBenefitEntity> benefits = PensionBenefitEntity.list(
                "residentId = ?1 and status <> ?2 order by id", residentId, BenefitStatus.TERMINATED);
        if (benefits.isEmpty()) {
            return refused(UserErrorCode.NOTHING_TO_CERTIFY, "faceCheck.nothingToCertify");
        }
        int claimed = em.createNativeQuery("insert into face_check_use (result_id, resident_id, used_at) "
                + "values (?1, ?2, ?3) on conflict (result_id) do nothing")
                .setParameter(1, result.resultId()).setParameter(2, residentId).setParameter(3, now)
                .executeUpdate();
        if (claimed == 0) {
            return refused(UserErrorCode.FACE_CHECK_REPLAYED, "faceCheck.replayed");
        }
        CertificationPolicy policy = reference.certificationPolicy(now.toLocalDate());
        LocalDate validUntil = CertificationRules.validUntil(now.toLocalDate(), policy);
        int backPaidMonths = 0;
        BigDecimal backPaidTotal = BigDecimal.ZERO;
        for (PensionBenefitEntity benefit : benefits) {
            CertificationEntity certification = new CertificationEntity();
            certification.benefitId = benefit.id;
            certification.channel = Channel.SELF_SERVICE;
            certification.certifiedAt = now;
            certification.validUntil = validUntil;
            certification.evidenceType = EvidenceType.FACE_CHECK;
            certification.evidenceRef = result.resultId();
            certification.persist();
            if (benefit.status == BenefitStatus.SUSPENDED) {
                int months = backPay(benefit, now.toLocalDate());
                backPaidMonths += months;
                backPaidTotal = backPaidTotal.add(benefit.monthlyAmount().multiply(BigDecimal.valueOf(months)));
                benefit.status = BenefitStatus.ACTIVE;
                benefit.suspendedSince = null;
            }
        }
        audit.record("CERTIFIED_SELF_SERVICE", residentId, "result " + result.resultId());
        em.flush();
        return new FaceCheckCertificationPayload(
                new CertificationRecord(Channel.SELF_SERVICE, now, validUntil),
                backPaidMonths == 0 ? null : new BackPay(backPaidMonths, backPaidTotal),
                status.statusOf(residentId, true), List.of());
    }

    /**
     * Records a back-payment for every month from the suspension to the last month whose payday has passed,
     * except months already paid. Returns how many months it recorded.
     */
    int backPay(PensionBenefitEntity benefit, LocalDate today) {
        YearMonth first = YearMonth.from(benefit.suspendedSince);
        YearMonth last = YearMonth.from(today);
        if (today.isBefore(schedule.payday(last))) {
            last = last.minusMonths(1);
        }
        if (last.isBefore(first)) {
            return 0;
        }
        return em.createNativeQuery("insert into pension_payment (benefit_id, period, amount, kind, paid_on) "
                + "select ?1, month, ?2, 'BACK_PAY', ?3 "
                + "from generate_series(cast(?4 as date), cast(?5 as date), interval '1 month') as month "
                + "on conflict (benefit_id, period) do nothing")
                .setParameter(1, benefit.id).setParameter(2, benefit.monthlyAmount()).setParameter(3, today)
                .setParameter(4, first.atDay(1)).setParameter(5, last.atDay(1))
                .executeUpdate();
    }

    private static FaceCheckCertificationPayload refused(UserErrorCode code, String messageKey) {
        return FaceCheckCertificationPayload.refused(
                UserError.of(code, Messages.get(messageKey), "input", "faceCheckResult"));
    }
}

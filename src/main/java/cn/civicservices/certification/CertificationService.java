package cn.civicservices.certification;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import cn.civicservices.audit.AuditLog;
import cn.civicservices.certification.FaceCheckVerifier.Outcome;
import cn.civicservices.certification.FaceCheckVerifier.Verified;
import cn.civicservices.common.Messages;
import cn.civicservices.common.Msg;
import cn.civicservices.pension.BenefitStatus;
import cn.civicservices.pension.PaymentSchedule;
import cn.civicservices.pension.PensionBenefitEntity;
import cn.civicservices.pension.ReferenceData;
import cn.civicservices.pension.ReferenceData.CertificationPolicy;
import cn.civicservices.resident.IdNumber;
import cn.civicservices.resident.PiiVault;
import cn.civicservices.resident.ResidentEntity;
import cn.civicservices.resident.ResidentService;

/**
 * Certifies pensioners, through every channel by one path ({@link #certify}). A certification covers every
 * pension of the person that is not terminated; a suspended one resumes at once and the months it missed are
 * back-paid, in the same transaction. The person's pension rows are locked first, so a certification and any
 * other change of the same pension (another certification, the daily suspension) happen one after the other.
 */
@ApplicationScoped
public class CertificationService {

    /** How a certification was made, for the record. */
    public record Evidence(Channel channel, EvidenceType type, String reference, Long workerId, Long servicePointId,
            Long homeVisitId, Long campaignId) {

        public static Evidence faceCheck(String resultId) {
            return new Evidence(Channel.SELF_SERVICE, EvidenceType.FACE_CHECK, resultId, null, null, null, null);
        }
    }

    /** What a certification did: valid until when, and what was back-paid. */
    public record Certified(CertificationRecord certification, BackPay backPay) {
    }

    /** A certification that cannot be made, with its code and a message for people. */
    public static final class Refused extends Exception {
        private final CertificationErrorCode code;

        Refused(CertificationErrorCode code, String message) {
            super(message, null, false, false);
            this.code = code;
        }

        public CertificationErrorCode code() {
            return code;
        }
    }

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
    AuditLog audit;

    @Transactional
    public FaceCheckCertificationPayload certifyByFaceCheck(long residentId, String token) {
        if (token == null || token.isBlank()) {
            return refused(CertificationErrorCode.REQUIRED);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Outcome outcome = verifier.verify(token.trim(), now.toInstant());
        if (outcome.verified().isEmpty()) {
            return refused(outcome.refusal());
        }
        Verified result = outcome.verified().get();
        ResidentEntity resident = residents.require(residentId);
        IdNumber checked = IdNumber.parse(result.idNumber());
        if (!vault.matches(checked, resident)) {
            // Someone presenting another person's result: the signal of an attempt to certify in their name.
            audit.record("FACE_CHECK_NOT_YOURS", residentId, "result " + result.resultId() + " for "
                    + checked.masked());
            return refused(CertificationErrorCode.FACE_CHECK_NOT_YOURS);
        }
        List<PensionBenefitEntity> benefits = lockCertifiable(residentId);
        Optional<CertificationErrorCode> refusal = refusal(resident, benefits);
        if (refusal.isPresent()) {
            return refused(refusal.get());
        }
        int claimed = em.createNativeQuery("insert into face_check_use (result_id, resident_id, used_at, matched) "
                + "values (?1, ?2, ?3, ?4) on conflict (result_id) do nothing")
                .setParameter(1, result.resultId()).setParameter(2, residentId).setParameter(3, now)
                .setParameter(4, result.matched())
                .executeUpdate();
        if (claimed == 0) {
            return refused(CertificationErrorCode.FACE_CHECK_REPLAYED);
        }
        if (!result.matched()) {
            audit.record("FACE_CHECK_NOT_MATCHED", residentId, "result " + result.resultId());
            return refused(CertificationErrorCode.FACE_CHECK_NOT_MATCHED);
        }
        Certified certified = record(resident, benefits, Evidence.faceCheck(result.resultId()), now);
        return new FaceCheckCertificationPayload(certified.certification(), certified.backPay(), List.of(),
                residentId);
    }

    /**
     * Certifies a person through any channel, or says why not. The caller's transaction holds the person's
     * pension rows locked until it ends.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Certified certify(long residentId, Evidence evidence, OffsetDateTime at) throws Refused {
        ResidentEntity resident = residents.require(residentId);
        List<PensionBenefitEntity> benefits = lockCertifiable(residentId);
        Optional<CertificationErrorCode> refusal = refusal(resident, benefits);
        if (refusal.isPresent()) {
            throw new Refused(refusal.get(), message(refusal.get()));
        }
        return record(resident, benefits, evidence, at);
    }

    /** The person's pensions that are not terminated, locked against concurrent change, in a fixed order. */
    private List<PensionBenefitEntity> lockCertifiable(long residentId) {
        return PensionBenefitEntity.<PensionBenefitEntity> find("residentId = ?1 and status <> ?2 order by id",
                residentId, BenefitStatus.TERMINATED).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    private static Optional<CertificationErrorCode> refusal(ResidentEntity resident,
            List<PensionBenefitEntity> benefits) {
        if (resident.deceasedOrReported()) {
            return Optional.of(CertificationErrorCode.DECEASED);
        }
        if (benefits.isEmpty()) {
            return Optional.of(CertificationErrorCode.NOTHING_TO_CERTIFY);
        }
        return Optional.empty();
    }

    /** Why a certification was refused, for the person: one message per code. */
    static String message(CertificationErrorCode code) {
        Msg msg = Messages.msg();
        return switch (code) {
            case REQUIRED -> msg.faceCheckRequired();
            case FACE_CHECK_SIGNATURE_INVALID -> msg.faceCheckSignature();
            case FACE_CHECK_EXPIRED -> msg.faceCheckExpired();
            case FACE_CHECK_REPLAYED -> msg.faceCheckReplayed();
            case FACE_CHECK_NOT_YOURS -> msg.faceCheckNotYours();
            case FACE_CHECK_NOT_MATCHED -> msg.faceCheckNotMatched();
            case NOTHING_TO_CERTIFY -> msg.faceCheckNothingToCertify();
            case DECEASED -> msg.faceCheckDeceased();
            case NOT_FOUND -> msg.staffNotFound();
            case ID_NUMBER_INVALID -> msg.errorIdNumber(msg.errorIdNumberShape());
            case SERVICE_POINT_NOT_FOUND -> msg.staffServicePointNotFound();
            case ID_CARD_NOT_CHECKED -> msg.staffIdCardNotChecked();
            case DUPLICATE -> msg.staffDuplicate();
            case DATE_OUT_OF_RANGE -> msg.staffSessionDate(StaffCertificationService.SESSION_DAYS_BACK);
        };
    }

    private Certified record(ResidentEntity resident, List<PensionBenefitEntity> benefits, Evidence evidence,
            OffsetDateTime at) {
        LocalDate today = at.atZoneSameInstant(clock.getZone()).toLocalDate();
        CertificationPolicy policy = reference.certificationPolicy(today);
        LocalDate validUntil = CertificationRules.validUntil(today, policy);
        int backPaidMonths = 0;
        BigDecimal backPaidTotal = BigDecimal.ZERO;
        for (PensionBenefitEntity benefit : benefits) {
            CertificationEntity certification = new CertificationEntity();
            certification.benefitId = benefit.id;
            certification.channel = evidence.channel();
            certification.certifiedAt = at;
            certification.validUntil = validUntil;
            certification.evidenceType = evidence.type();
            certification.evidenceRef = evidence.reference();
            certification.workerId = evidence.workerId();
            certification.servicePointId = evidence.servicePointId();
            certification.homeVisitId = evidence.homeVisitId();
            certification.campaignId = evidence.campaignId();
            certification.persist();
            LocalDate suspendedSince = benefit.suspendedSinceOn(today, policy);
            if (suspendedSince != null) {
                int months = backPay(benefit, suspendedSince, today);
                backPaidMonths += months;
                backPaidTotal = backPaidTotal.add(benefit.monthlyAmount().multiply(BigDecimal.valueOf(months)));
                benefit.status = BenefitStatus.ACTIVE;
                benefit.suspendedSince = null;
            }
        }
        audit.record("CERTIFIED_" + evidence.channel().name(), resident.id,
                evidence.reference() == null ? null : "evidence " + evidence.reference());
        if (evidence.channel() != Channel.HOME_VISIT) {
            closeOpenHomeVisit(resident.id, evidence.channel());
        }
        em.flush();
        return new Certified(new CertificationRecord(evidence.channel(), at, validUntil),
                backPaidMonths == 0 ? null : new BackPay(backPaidMonths, backPaidTotal));
    }

    /** Stored as the note of a home visit called off because the person was certified another way. */
    static final String HOME_VISIT_NO_LONGER_NEEDED = "已通过其他渠道完成认证，无需上门";

    /**
     * A person certified through another channel needs no home visit any more: their open request (or scheduled
     * visit) is called off with a note, in the same transaction. The visit package uses this one, so this is plain
     * SQL on its table rather than a call into it: dependencies stay one-way.
     */
    private void closeOpenHomeVisit(long residentId, Channel channel) {
        int closed = em.createNativeQuery("update home_visit set status = 'CANCELLED', outcome_note = ?1, "
                + "updated_at = ?2 where resident_id = ?3 and status in ('REQUESTED', 'SCHEDULED')")
                .setParameter(1, HOME_VISIT_NO_LONGER_NEEDED + " (" + channel.name() + ")")
                .setParameter(2, OffsetDateTime.now(clock)).setParameter(3, residentId)
                .executeUpdate();
        if (closed > 0) {
            audit.record("HOME_VISIT_CANCELLED_CERTIFIED", residentId, "certified through " + channel.name());
        }
    }

    /**
     * Resumes a pension suspended for another reason than a lapse (a reported death that an administrator rejected),
     * when its certification is still valid today: the months it missed are back-paid by the rule of a
     * certification ({@link #backPay}). A pension whose certification has lapsed meanwhile stays suspended; its
     * next certification back-pays from the same day. The caller's transaction holds the pension row locked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<BackPay> resumeIfCertified(PensionBenefitEntity benefit, LocalDate today) {
        CertificationPolicy policy = reference.certificationPolicy(today);
        LocalDate lapse = benefit.lapseSuspensionDate(policy);
        if (benefit.status != BenefitStatus.SUSPENDED || lapse == null || !lapse.isAfter(today)) {
            return Optional.empty();
        }
        int months = backPay(benefit, benefit.suspendedSince, today);
        benefit.status = BenefitStatus.ACTIVE;
        benefit.suspendedSince = null;
        return Optional.of(new BackPay(months, benefit.monthlyAmount().multiply(BigDecimal.valueOf(months))));
    }

    /**
     * Records a back-payment for every month from the suspension to the last month whose payday has passed,
     * except months already paid. Returns how many months it recorded.
     */
    int backPay(PensionBenefitEntity benefit, LocalDate suspendedSince, LocalDate today) {
        YearMonth first = YearMonth.from(suspendedSince);
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

    private static FaceCheckCertificationPayload refused(CertificationErrorCode code) {
        return FaceCheckCertificationPayload.refused(
                CertificationError.of(code, message(code), "input", "faceCheckResult"));
    }
}

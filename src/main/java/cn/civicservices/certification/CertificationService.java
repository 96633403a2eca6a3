package cn.civicservices.certification;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import cn.civicservices.audit.AuditLog;
import cn.civicservices.certification.FaceCheckVerifier.Outcome;
import cn.civicservices.certification.FaceCheckVerifier.Verified;
import cn.civicservices.common.ApiException;
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
        List<PensionBenefitEntity> benefits = lockCertifiable(List.of(residentId));
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
        Result certified = certifyAll(List.of(new Request(residentId, Evidence.faceCheck(result.resultId()), now)))
                .get(0);
        if (certified.refused() != null) {
            return refused(certified.refused().code());
        }
        return new FaceCheckCertificationPayload(certified.certified().certification(),
                certified.certified().backPay(), List.of(), residentId);
    }

    /**
     * Certifies a person through any channel, or says why not. The caller's transaction holds the person's
     * pension rows locked until it ends.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Certified certify(long residentId, Evidence evidence, OffsetDateTime at) throws Refused {
        Result result = certifyAll(List.of(new Request(residentId, evidence, at))).get(0);
        if (result.refused() != null) {
            throw result.refused();
        }
        return result.certified();
    }

    /** One certification to make: whom, on what evidence, when. */
    public record Request(long residentId, Evidence evidence, OffsetDateTime at) {
    }

    /** What came of one request: {@code certified}, or {@code refused} with its code. */
    public record Result(Certified certified, Refused refused) {
    }

    /**
     * Certifies several people at once, in the order given, with a fixed number of statements whatever their
     * number: the people, their pension rows (locked, in id order), then one write each for the certifications,
     * the back-pay, the resumed pensions, the called-off home visits and the audit records. A person named twice
     * is certified twice, the second time with the first already in force, exactly as two calls one after the
     * other would be. The caller's transaction holds the rows locked until it ends.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Result> certifyAll(List<Request> requests) {
        if (requests.isEmpty()) {
            return List.of();
        }
        List<Long> ids = requests.stream().map(Request::residentId).distinct().toList();
        Map<Long, ResidentEntity> people = new HashMap<>();
        ResidentEntity.<ResidentEntity> list("id in ?1", ids).forEach(r -> people.put(r.id, r));
        ids.stream().filter(id -> !people.containsKey(id)).findFirst().ifPresent(id -> {
            throw ApiException.notFound(Messages.msg().nounResident(), id);
        });
        Map<Long, List<PensionBenefitEntity>> benefitsOf = new HashMap<>();
        Session session = em.unwrap(Session.class);
        for (PensionBenefitEntity benefit : lockCertifiable(ids)) {
            // Written below by statements of their own; the in-memory state follows them and is never flushed.
            session.setReadOnly(benefit, true);
            benefitsOf.computeIfAbsent(benefit.residentId, k -> new ArrayList<>()).add(benefit);
        }

        Writes writes = new Writes();
        List<Decided> decided = new ArrayList<>(requests.size());
        Map<LocalDate, CertificationPolicy> policies = new HashMap<>();
        for (Request request : requests) {
            List<PensionBenefitEntity> benefits = benefitsOf.getOrDefault(request.residentId(), List.of());
            Optional<CertificationErrorCode> refusal = refusal(people.get(request.residentId()), benefits);
            if (refusal.isPresent()) {
                decided.add(new Decided(null, null, List.of(), new Refused(refusal.get(), message(refusal.get()))));
                continue;
            }
            LocalDate today = request.at().atZoneSameInstant(clock.getZone()).toLocalDate();
            decided.add(writes.certify(request, benefits, today,
                    policies.computeIfAbsent(today, reference::certificationPolicy)));
        }
        Map<Long, Integer> backPaidMonths = writes.send();

        List<Result> results = new ArrayList<>(decided.size());
        for (Decided d : decided) {
            if (d.refused() != null) {
                results.add(new Result(null, d.refused()));
                continue;
            }
            int months = 0;
            BigDecimal total = BigDecimal.ZERO;
            for (BackPayDue due : d.owed()) {
                int paid = backPaidMonths.getOrDefault(due.benefitId(), 0);
                months += paid;
                total = total.add(due.monthlyAmount().multiply(BigDecimal.valueOf(paid)));
            }
            results.add(new Result(new Certified(new CertificationRecord(d.request().evidence().channel(),
                    d.request().at(), d.validUntil()), months == 0 ? null : new BackPay(months, total)), null));
        }
        return results;
    }

    /** A request decided: certified until when, owing which back-pay; or refused. */
    private record Decided(Request request, LocalDate validUntil, List<BackPayDue> owed, Refused refused) {
    }

    /** The months a resumed pension missed, from the first to the last whose payday has passed. */
    private record BackPayDue(long benefitId, BigDecimal monthlyAmount, LocalDate firstMonth, LocalDate lastMonth,
            LocalDate paidOn) {
    }

    /** The back-pay a pension suspended since a day is owed when it resumes today; none if no payday passed. */
    private Optional<BackPayDue> backPayDue(PensionBenefitEntity benefit, LocalDate suspendedSince, LocalDate today) {
        YearMonth first = YearMonth.from(suspendedSince);
        YearMonth last = YearMonth.from(today);
        if (today.isBefore(schedule.payday(last))) {
            last = last.minusMonths(1);
        }
        return last.isBefore(first) ? Optional.empty()
                : Optional.of(new BackPayDue(benefit.id, benefit.monthlyAmount(), first.atDay(1), last.atDay(1), today));
    }

    /** Records the back-payments owed, except months already paid; answers the months recorded per pension. */
    private Map<Long, Integer> insertBackPay(List<BackPayDue> owed) {
        Map<Long, Integer> months = new HashMap<>();
        if (owed.isEmpty()) {
            return months;
        }
        @SuppressWarnings("unchecked")
        List<Number> paid = em.createNativeQuery("insert into pension_payment (benefit_id, period, amount, kind, "
                + "paid_on) select d.benefit_id, month, d.amount, 'BACK_PAY', d.paid_on "
                + "from unnest(?1, ?2, ?3, ?4, ?5) as d(benefit_id, amount, first_month, last_month, paid_on), "
                + "generate_series(d.first_month, d.last_month, interval '1 month') as month "
                + "on conflict (benefit_id, period) do nothing returning benefit_id")
                .setParameter(1, owed.stream().map(BackPayDue::benefitId).toArray(Long[]::new))
                .setParameter(2, owed.stream().map(BackPayDue::monthlyAmount).toArray(BigDecimal[]::new))
                .setParameter(3, owed.stream().map(BackPayDue::firstMonth).toArray(LocalDate[]::new))
                .setParameter(4, owed.stream().map(BackPayDue::lastMonth).toArray(LocalDate[]::new))
                .setParameter(5, owed.stream().map(BackPayDue::paidOn).toArray(LocalDate[]::new))
                .getResultList();
        paid.forEach(id -> months.merge(id.longValue(), 1, Integer::sum));
        return months;
    }

    /** The writes of a set of certifications: gathered while they are decided, then sent as one statement each. */
    private final class Writes {
        private final List<Long> benefitIds = new ArrayList<>();
        private final List<String> channels = new ArrayList<>();
        private final List<OffsetDateTime> times = new ArrayList<>();
        private final List<LocalDate> validUntils = new ArrayList<>();
        private final List<String> evidenceTypes = new ArrayList<>();
        private final List<String> evidenceRefs = new ArrayList<>();
        private final List<Long> workerIds = new ArrayList<>();
        private final List<Long> servicePointIds = new ArrayList<>();
        private final List<Long> homeVisitIds = new ArrayList<>();
        private final List<Long> campaignIds = new ArrayList<>();
        private final List<BackPayDue> backPays = new ArrayList<>();
        private final Set<Long> resumed = new LinkedHashSet<>();
        private final Map<Long, Channel> visitsToCallOff = new LinkedHashMap<>();
        private final List<AuditLog.Entry> audits = new ArrayList<>();

        Decided certify(Request request, List<PensionBenefitEntity> benefits, LocalDate today,
                CertificationPolicy policy) {
            Evidence evidence = request.evidence();
            LocalDate validUntil = CertificationRules.validUntil(today, policy);
            List<BackPayDue> owed = new ArrayList<>();
            for (PensionBenefitEntity benefit : benefits) {
                benefitIds.add(benefit.id);
                channels.add(evidence.channel().name());
                times.add(request.at());
                validUntils.add(validUntil);
                evidenceTypes.add(evidence.type().name());
                evidenceRefs.add(evidence.reference());
                workerIds.add(evidence.workerId());
                servicePointIds.add(evidence.servicePointId());
                homeVisitIds.add(evidence.homeVisitId());
                campaignIds.add(evidence.campaignId());
                LocalDate suspendedSince = benefit.suspendedSinceOn(today, policy);
                if (suspendedSince != null) {
                    backPayDue(benefit, suspendedSince, today).ifPresent(owed::add);
                    resumed.add(benefit.id);
                    benefit.status = BenefitStatus.ACTIVE;
                    benefit.suspendedSince = null;
                }
                if (benefit.certifiedUntil == null || benefit.certifiedUntil.isBefore(validUntil)) {
                    benefit.certifiedUntil = validUntil; // as the database's trigger keeps it
                }
            }
            backPays.addAll(owed);
            audits.add(new AuditLog.Entry("CERTIFIED_" + evidence.channel().name(), request.residentId(),
                    evidence.reference() == null ? null : "evidence " + evidence.reference()));
            if (evidence.channel() != Channel.HOME_VISIT) {
                visitsToCallOff.putIfAbsent(request.residentId(), evidence.channel());
            }
            return new Decided(request, validUntil, owed, null);
        }

        /** Sends the writes; answers how many months were back-paid to each pension. */
        Map<Long, Integer> send() {
            if (!benefitIds.isEmpty()) {
                em.createNativeQuery("insert into certification (benefit_id, channel, certified_at, valid_until, "
                        + "evidence_type, evidence_ref, worker_id, service_point_id, home_visit_id, campaign_id) "
                        + "select * from unnest(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                        .setParameter(1, benefitIds.toArray(Long[]::new))
                        .setParameter(2, channels.toArray(String[]::new))
                        .setParameter(3, times.toArray(OffsetDateTime[]::new))
                        .setParameter(4, validUntils.toArray(LocalDate[]::new))
                        .setParameter(5, evidenceTypes.toArray(String[]::new))
                        .setParameter(6, evidenceRefs.toArray(String[]::new))
                        .setParameter(7, workerIds.toArray(Long[]::new))
                        .setParameter(8, servicePointIds.toArray(Long[]::new))
                        .setParameter(9, homeVisitIds.toArray(Long[]::new))
                        .setParameter(10, campaignIds.toArray(Long[]::new))
                        .executeUpdate();
            }
            Map<Long, Integer> months = insertBackPay(backPays);
            if (!resumed.isEmpty()) {
                em.createNativeQuery("update pension_benefit set status = 'ACTIVE', suspended_since = null "
                        + "where id in (?1)").setParameter(1, List.copyOf(resumed)).executeUpdate();
            }
            callOffHomeVisits();
            audit.recordEach(audits);
            return months;
        }

        /**
         * A person certified through another channel needs no home visit any more: their open request (or
         * scheduled visit) is called off with a note. The visit package uses this one, so this is plain SQL on its
         * table rather than a call into it: dependencies stay one-way.
         */
        private void callOffHomeVisits() {
            if (visitsToCallOff.isEmpty()) {
                return;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> closed = em.createNativeQuery("update home_visit v set status = 'CANCELLED', "
                    + "outcome_note = c.note, updated_at = ?1 from unnest(?2, ?3) as c(resident_id, note) "
                    + "where v.resident_id = c.resident_id and v.status in ('REQUESTED', 'SCHEDULED') "
                    + "returning v.resident_id, c.note", Object[].class)
                    .setParameter(1, OffsetDateTime.now(clock))
                    .setParameter(2, visitsToCallOff.keySet().toArray(Long[]::new))
                    .setParameter(3, visitsToCallOff.values().stream()
                            .map(channel -> HOME_VISIT_NO_LONGER_NEEDED + " (" + channel.name() + ")")
                            .toArray(String[]::new))
                    .getResultList();
            audit.recordEach(closed.stream().map(row -> new AuditLog.Entry("HOME_VISIT_CANCELLED_CERTIFIED",
                    ((Number) row[0]).longValue(), "certified through "
                            + visitsToCallOff.get(((Number) row[0]).longValue()).name())).toList());
        }
    }

    /** The people's pensions that are not terminated, locked against concurrent change, in a fixed order. */
    private List<PensionBenefitEntity> lockCertifiable(List<Long> residentIds) {
        return PensionBenefitEntity.<PensionBenefitEntity> find("residentId in ?1 and status <> ?2 order by id",
                residentIds, BenefitStatus.TERMINATED).withLock(LockModeType.PESSIMISTIC_WRITE).list();
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

    /** Stored as the note of a home visit called off because the person was certified another way. */
    static final String HOME_VISIT_NO_LONGER_NEEDED = "已通过其他渠道完成认证，无需上门";

    /**
     * Resumes a pension suspended for another reason than a lapse (a reported death that an administrator rejected),
     * when its certification is still valid today: the months it missed are back-paid by the rule of a
     * certification. A pension whose certification has lapsed meanwhile stays suspended; its next certification
     * back-pays from the same day. The caller's transaction holds the pension row locked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<BackPay> resumeIfCertified(PensionBenefitEntity benefit, LocalDate today) {
        CertificationPolicy policy = reference.certificationPolicy(today);
        LocalDate lapse = benefit.lapseSuspensionDate(policy);
        if (benefit.status != BenefitStatus.SUSPENDED || lapse == null || !lapse.isAfter(today)) {
            return Optional.empty();
        }
        int months = backPayDue(benefit, benefit.suspendedSince, today)
                .map(due -> insertBackPay(List.of(due)).getOrDefault(benefit.id, 0)).orElse(0);
        benefit.status = BenefitStatus.ACTIVE;
        benefit.suspendedSince = null;
        return Optional.of(new BackPay(months, benefit.monthlyAmount().multiply(BigDecimal.valueOf(months))));
    }

    private static FaceCheckCertificationPayload refused(CertificationErrorCode code) {
        return FaceCheckCertificationPayload.refused(
                CertificationError.of(code, message(code), "input", "faceCheckResult"));
    }
}

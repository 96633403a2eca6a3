package cn.civicservices.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import cn.civicservices.audit.AuditLog;
import cn.civicservices.certification.CertificationEntity;
import cn.civicservices.certification.CertificationRules;
import cn.civicservices.certification.CertificationState;
import cn.civicservices.certification.CertificationStatus;
import cn.civicservices.common.Messages;
import cn.civicservices.common.Msg;
import cn.civicservices.common.RequestLocale;
import cn.civicservices.common.SqlValues;
import cn.civicservices.pension.BenefitStatus;
import cn.civicservices.pension.PaymentSchedule;
import cn.civicservices.pension.PensionBenefit;
import cn.civicservices.pension.PensionBenefitEntity;
import cn.civicservices.pension.PensionPayment;
import cn.civicservices.pension.PensionPaymentEntity;
import cn.civicservices.pension.ReferenceData;
import cn.civicservices.pension.ReferenceData.CertificationPolicy;
import cn.civicservices.pension.UpcomingPayment;
import cn.civicservices.resident.ResidentEntity;
import cn.civicservices.resident.ResidentService;
import cn.civicservices.servicepoint.ServicePoint;
import cn.civicservices.servicepoint.ServicePointService;
import cn.civicservices.visit.HomeVisit;
import cn.civicservices.visit.HomeVisitEntity;
import cn.civicservices.visit.HomeVisitService;
import cn.civicservices.worker.WorkerContact;
import cn.civicservices.worker.WorkerDirectory;
import cn.civicservices.worker.WorkerEntity;

/**
 * Builds a pensioner's status screen from the pension, certification, service-point and visit records. Its cost
 * is a fixed handful of SQL statements, whatever the number of benefits, certifications and payments: each kind
 * of row is read once, for all benefits together. It tells the status as of today: a certification that lapsed
 * shows the pension suspended even before the daily suspension has recorded it.
 */
@ApplicationScoped
public class PensionStatusService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ReferenceData reference;

    @Inject
    ResidentService residents;

    @Inject
    ServicePointService servicePoints;

    @Inject
    WorkerDirectory workers;

    @Inject
    AuditLog audit;

    @Inject
    PaymentSchedule schedule;

    @Inject
    HomeVisitService visits;

    @Inject
    Session session;

    /**
     * The status of a resident's pensions. Everything it loads is only read: the entities are loaded read-only, so the
     * session keeps no copy of each to compare at every flush (the audit record is the one write).
     */
    @Transactional
    public PensionStatus statusOf(long residentId, boolean owner) {
        boolean readOnly = session.isDefaultReadOnly();
        session.setDefaultReadOnly(true);
        try {
            return read(residentId, owner);
        } finally {
            session.setDefaultReadOnly(readOnly);
        }
    }

    private PensionStatus read(long residentId, boolean owner) {
        ResidentEntity resident = residents.require(residentId);
        LocalDate today = LocalDate.now(clock);
        List<PensionBenefitEntity> benefits = PensionBenefitEntity.list("residentId = ?1 order by id", residentId);
        List<Long> benefitIds = benefits.stream().map(b -> b.id).toList();
        Map<Long, CertificationEntity> latestCertification = latestCertifications(benefitIds);
        Map<Long, PensionPaymentEntity> lastPayment = lastPayments(benefitIds);
        CertificationPolicy policy = reference.certificationPolicy(today);
        ServicePoint point = servicePoints.forVillages(List.of(resident.areaCode)).get(resident.areaCode);
        WorkerEntity worker = workers.forAreas(List.of(resident.areaCode)).get(resident.areaCode);
        HomeVisitEntity openVisit = visits.openVisit(residentId);
        OffsetDateTime faceCheckFailedAt = lastFailedFaceCheck(residentId);
        audit.record("READ_PENSION_STATUS", residentId, null);

        List<PensionBenefit> benefitViews = benefits.stream()
                .map(b -> view(b, lastPayment.get(b.id), today, policy)).toList();
        CertificationStatus certification = certificationStatus(benefits, latestCertification, policy, today);
        WorkerContact workerContact = WorkerContact.of(worker);
        HomeVisit visit = openVisit == null ? null
                : HomeVisit.of(openVisit, openVisit.workerId != null && worker != null
                        && openVisit.workerId.equals(worker.id) ? workerContact : null);
        boolean faceCheckFailed = faceCheckFailedAt != null && (certification.lastCertifiedAt() == null
                || faceCheckFailedAt.isAfter(certification.lastCertifiedAt()));
        NextStep next = nextStep(resident, certification, faceCheckFailed, point, workerContact, visit);
        return new PensionStatus(residents.profile(resident, owner), benefitViews, certification, next);
    }

    private Map<Long, CertificationEntity> latestCertifications(List<Long> benefitIds) {
        Map<Long, CertificationEntity> result = new HashMap<>();
        if (benefitIds.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<CertificationEntity> rows = em.createNativeQuery("select distinct on (benefit_id) * from certification "
                + "where benefit_id in (?1) order by benefit_id, certified_at desc, id desc", CertificationEntity.class)
                .setParameter(1, benefitIds).getResultList();
        rows.forEach(c -> result.put(c.benefitId, c));
        return result;
    }

    private Map<Long, PensionPaymentEntity> lastPayments(List<Long> benefitIds) {
        Map<Long, PensionPaymentEntity> result = new HashMap<>();
        if (benefitIds.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<PensionPaymentEntity> rows = em.createNativeQuery("select distinct on (benefit_id) * from pension_payment "
                + "where benefit_id in (?1) order by benefit_id, period desc", PensionPaymentEntity.class)
                .setParameter(1, benefitIds).getResultList();
        rows.forEach(p -> result.put(p.benefitId, p));
        return result;
    }

    /** When the person's latest face check did not match, or null when it did or there was none. */
    private OffsetDateTime lastFailedFaceCheck(long residentId) {
        List<?> rows = em.createNativeQuery("select matched, used_at from face_check_use where resident_id = ?1 "
                + "order by used_at desc limit 1").setParameter(1, residentId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        return Boolean.TRUE.equals(row[0]) ? null : SqlValues.offsetDateTime(row[1]);
    }

    private PensionBenefit view(PensionBenefitEntity b, PensionPaymentEntity last, LocalDate today,
            CertificationPolicy policy) {
        BenefitStatus status = b.statusOn(today, policy);
        UpcomingPayment next = status == BenefitStatus.ACTIVE
                ? schedule.next(b.startedOn, last == null ? null : last.period, b.monthlyAmount(), today)
                : null;
        return new PensionBenefit(String.valueOf(b.id), b.scheme, status, b.startedOn, b.monthlyAmount(),
                b.basicAmount, b.accountAmount, b.suspendedSinceOn(today, policy),
                last == null ? null : PensionPayment.of(last), next, b.id);
    }

    CertificationStatus certificationStatus(List<PensionBenefitEntity> benefits,
            Map<Long, CertificationEntity> latest, CertificationPolicy policy, LocalDate today) {
        Msg msg = Messages.msg();
        List<PensionBenefitEntity> certifiable = benefits.stream().filter(PensionBenefitEntity::needsCertification)
                .toList();
        if (certifiable.isEmpty()) {
            return new CertificationStatus(CertificationState.NOT_REQUIRED, null, null, null, null, null,
                    msg.statusNotRequired());
        }
        CertificationEntity last = certifiable.stream().map(b -> latest.get(b.id)).filter(c -> c != null)
                .max(Comparator.comparing((CertificationEntity c) -> c.certifiedAt)).orElse(null);
        LocalDate suspendedSince = certifiable.stream().map(b -> b.suspendedSinceOn(today, policy))
                .filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null);
        if (last == null) {
            return new CertificationStatus(CertificationState.NEVER_CERTIFIED, null, null, null, null, suspendedSince,
                    msg.statusNever());
        }
        CertificationState state = CertificationRules.state(last.validUntil, today, policy);
        int daysLeft = (int) CertificationRules.daysLeft(last.validUntil, today);
        String summary = switch (state) {
            case CERTIFIED -> msg.statusCertified(date(last.validUntil));
            case DUE_SOON -> msg.statusDueSoon(date(last.validUntil), daysLeft);
            case OVERDUE -> suspendedSince == null ? msg.statusOverdue(date(last.validUntil))
                    : msg.statusOverdueSuspended(date(last.validUntil), date(suspendedSince));
            default -> msg.statusNever();
        };
        return new CertificationStatus(state, last.validUntil, daysLeft, last.certifiedAt, last.channel,
                suspendedSince, summary);
    }

    private NextStep nextStep(ResidentEntity resident, CertificationStatus certification, boolean faceCheckFailed,
            ServicePoint point, WorkerContact worker, HomeVisit visit) {
        Msg msg = Messages.msg();
        StringBuilder message = new StringBuilder();
        NextStepAction action;
        CertificationState state = certification.state();
        if (resident.deathReportedOn != null && resident.deceasedOn == null) {
            action = NextStepAction.VISIT_SERVICE_POINT;
            message.append(msg.stepDeathReported());
            if (point != null) {
                message.append(msg.stepOrServicePoint(point.name(), point.phone()));
            }
        } else if (state == CertificationState.NOT_REQUIRED) {
            action = NextStepAction.NONE;
            message.append(msg.stepNothing());
        } else if (state == CertificationState.CERTIFIED) {
            action = NextStepAction.NONE;
            message.append(msg.stepCertified(date(certification.validUntil())));
        } else if (visit != null) {
            action = NextStepAction.WAIT_FOR_HOME_VISIT;
            message.append(visit.scheduledOn() == null ? msg.stepVisitRequested()
                    : msg.stepVisitScheduled(date(visit.scheduledOn())));
        } else if (faceCheckFailed) {
            action = NextStepAction.REQUEST_HOME_VISIT;
            message.append(msg.stepFaceCheckFailed());
        } else if (resident.bedridden) {
            action = NextStepAction.REQUEST_HOME_VISIT;
            message.append(msg.stepRequestVisit());
        } else {
            action = NextStepAction.CERTIFY_IN_APP;
            message.append(msg.stepCertifyInApp());
            if (point != null) {
                message.append(msg.stepOrServicePoint(point.name(), point.phone()));
            }
            message.append(msg.stepFaceFails());
        }
        if (action != NextStepAction.NONE && worker != null) {
            message.append(msg.stepWorker(worker.name(), worker.phone()));
        }
        return new NextStep(action, message.toString(), point, worker, visit);
    }

    private static String date(LocalDate date) {
        Locale locale = RequestLocale.current();
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }
}

package cn.civicservices.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import cn.civicservices.admin.Jurisdiction;
import cn.civicservices.audit.AuditLog;
import cn.civicservices.certification.BackPay;
import cn.civicservices.certification.CertificationService;
import cn.civicservices.common.Caller;
import cn.civicservices.common.Cursor;
import cn.civicservices.common.Messages;
import cn.civicservices.common.Msg;
import cn.civicservices.common.Page;
import cn.civicservices.common.PageRequest;
import cn.civicservices.common.SqlValues;
import cn.civicservices.pension.BenefitStatus;
import cn.civicservices.pension.PensionBenefitEntity;
import cn.civicservices.visit.ReviewReason;
import cn.civicservices.visit.VisitOutcome;

/**
 * What waits for an administrator: deaths reported by workers, and visits stored as recorded but flagged. A death
 * report is confirmed (the person's pensions end on the reported day; payments for later months are listed to be
 * recovered, never deleted) or rejected (the pensions it suspended resume, with the months missed back-paid by the
 * certification's rule). Each decision locks the person's pension rows first, in id order as a certification and a
 * death report do, then the person's row: a confirmation and a rejection racing, or the same decision sent twice,
 * end in one decision, and the same decision sent again answers what it did the first time, changing nothing.
 * Only residents of the administrator's jurisdiction exist here.
 */
@ApplicationScoped
public class ReviewService {

    static final int MAX_NOTE = 500;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    CertificationService certifications;

    /** The person's state once their pension rows and their own row are locked. */
    private record Person(long id, LocalDate reportedOn, LocalDate deceasedOn) {
    }

    /** The last decision on a person's death reports. */
    private record Decision(DeathReportDecisionKind kind, LocalDate reportedOn, int pensionsChanged,
            int recoveryPayments, BigDecimal recoveryTotal, int backPayMonths, BigDecimal backPayTotal) {

        DeathReportPayload answer() {
            return new DeathReportPayload(kind, reportedOn, pensionsChanged,
                    kind == DeathReportDecisionKind.CONFIRMED ? new PaymentRecovery(recoveryPayments, recoveryTotal) : null,
                    backPayMonths == 0 ? null : new BackPay(backPayMonths, backPayTotal), List.of());
        }
    }

    @Transactional
    public DeathReportPayload confirm(Jurisdiction jurisdiction, DeathReportInput in) {
        Optional<Person> locked = lock(jurisdiction, in.residentId);
        if (locked.isEmpty()) {
            return DeathReportPayload.refused(error(ReviewErrorCode.NOT_FOUND, Msg::reviewResidentNotFound, "residentId"));
        }
        Person person = locked.get();
        Optional<Decision> last = lastDecision(person.id());
        if (person.reportedOn() == null || person.deceasedOn() != null) {
            if (person.deceasedOn() != null && last.isPresent() && last.get().kind() == DeathReportDecisionKind.CONFIRMED) {
                return last.get().answer();
            }
            boolean rejected = person.deceasedOn() == null && last.isPresent()
                    && last.get().kind() == DeathReportDecisionKind.REJECTED;
            return DeathReportPayload.refused(rejected
                    ? error(ReviewErrorCode.ALREADY_REJECTED, Msg::reviewDeathRejected, "residentId")
                    : error(ReviewErrorCode.NO_PENDING_REPORT, Msg::reviewNoDeathReport, "residentId"));
        }
        LocalDate died = person.reportedOn();
        int ended = em.createNativeQuery("update pension_benefit set status = 'TERMINATED', terminated_on = ?1, "
                + "suspended_since = null, termination_reason = 'DECEASED' where resident_id = ?2 and status <> 'TERMINATED'")
                .setParameter(1, died).setParameter(2, person.id()).executeUpdate();
        em.createNativeQuery("update resident set deceased_on = ?1 where id = ?2")
                .setParameter(1, died).setParameter(2, person.id()).executeUpdate();
        long decision = insertDecision(person, DeathReportDecisionKind.CONFIRMED, ended);
        // Payments for months after the month of death were not due: listed to be recovered, kept as they are.
        em.createNativeQuery("insert into pension_payment_recovery (payment_id, decision_id, amount) "
                + "select p.id, ?1, p.amount from pension_payment p join pension_benefit b on b.id = p.benefit_id "
                + "where b.resident_id = ?2 and p.period > cast(date_trunc('month', cast(?3 as date)) as date) "
                + "on conflict (payment_id) do nothing")
                .setParameter(1, decision).setParameter(2, person.id()).setParameter(3, died).executeUpdate();
        em.createNativeQuery("update death_report_decision d set recovery_payments = r.n, recovery_total = r.total "
                + "from (select count(*) as n, coalesce(sum(amount), 0) as total from pension_payment_recovery "
                + "where decision_id = ?1) r where d.id = ?1").setParameter(1, decision).executeUpdate();
        Decision done = lastDecision(person.id()).orElseThrow();
        audit.record("DEATH_REPORT_CONFIRMED", person.id(), "deceased on " + died + ", " + ended
                + " pension(s) terminated, " + done.recoveryPayments() + " payment(s) to recover");
        return done.answer();
    }

    @Transactional
    public DeathReportPayload reject(Jurisdiction jurisdiction, DeathReportInput in) {
        Optional<Person> locked = lock(jurisdiction, in.residentId);
        if (locked.isEmpty()) {
            return DeathReportPayload.refused(error(ReviewErrorCode.NOT_FOUND, Msg::reviewResidentNotFound, "residentId"));
        }
        Person person = locked.get();
        if (person.deceasedOn() != null) {
            return DeathReportPayload.refused(error(ReviewErrorCode.ALREADY_CONFIRMED, Msg::reviewDeathConfirmed,
                    "residentId"));
        }
        if (person.reportedOn() == null) {
            Optional<Decision> last = lastDecision(person.id());
            return last.isPresent() && last.get().kind() == DeathReportDecisionKind.REJECTED ? last.get().answer()
                    : DeathReportPayload.refused(error(ReviewErrorCode.NO_PENDING_REPORT, Msg::reviewNoDeathReport,
                            "residentId"));
        }
        LocalDate today = LocalDate.now(clock);
        int resumed = 0;
        int months = 0;
        BigDecimal total = BigDecimal.ZERO;
        // Already locked by lock(); read as entities to resume them through the certification's rule.
        for (PensionBenefitEntity benefit : PensionBenefitEntity.<PensionBenefitEntity> list(
                "residentId = ?1 and status = ?2 order by id", person.id(), BenefitStatus.SUSPENDED)) {
            Optional<BackPay> paid = certifications.resumeIfCertified(benefit, today);
            if (paid.isPresent()) {
                resumed++;
                months += paid.get().months();
                total = total.add(paid.get().total());
            }
        }
        em.flush();
        em.createNativeQuery("update resident set death_reported_on = null where id = ?1")
                .setParameter(1, person.id()).executeUpdate();
        long decision = insertDecision(person, DeathReportDecisionKind.REJECTED, resumed);
        em.createNativeQuery("update death_report_decision set back_pay_months = ?1, back_pay_total = ?2 where id = ?3")
                .setParameter(1, months).setParameter(2, total).setParameter(3, decision).executeUpdate();
        audit.record("DEATH_REPORT_REJECTED", person.id(), "reported on " + person.reportedOn() + ", " + resumed
                + " pension(s) resumed, " + months + " month(s) back-paid");
        return lastDecision(person.id()).orElseThrow().answer();
    }

    /** Takes a flagged visit off the queue; resolving it again answers the same. */
    @Transactional
    public VisitReviewResolvePayload resolve(Jurisdiction jurisdiction, VisitReviewResolveInput in) {
        if (in.note != null && in.note.length() > MAX_NOTE) {
            return VisitReviewResolvePayload.refused(ReviewError.of(ReviewErrorCode.NOTE_TOO_LONG,
                    Messages.msg().reviewNoteTooLong(MAX_NOTE), "input", "note"));
        }
        long visitId = id(in.visitId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select v.needs_review, v.reviewed_at, r.area_code, v.review_reason, "
                + "v.resident_id from home_visit v join resident r on r.id = v.resident_id where v.id = ?1 for update of v")
                .setParameter(1, visitId).getResultList();
        if (rows.isEmpty() || !jurisdiction.covers((String) rows.get(0)[2])
                || !(Boolean) rows.get(0)[0] && rows.get(0)[1] == null) {
            return VisitReviewResolvePayload.refused(error(ReviewErrorCode.NOT_FOUND, Msg::reviewVisitNotFound,
                    "visitId"));
        }
        Object[] row = rows.get(0);
        if (!(Boolean) row[0]) {
            return new VisitReviewResolvePayload(String.valueOf(visitId),
                    SqlValues.offsetDateTime(row[1]).atZoneSameInstant(clock.getZone()).toOffsetDateTime(), List.of());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        em.createNativeQuery("update home_visit set needs_review = false, review_reason = null, reviewed_at = ?1, "
                + "reviewed_by = ?2, review_note = ?3 where id = ?4")
                .setParameter(1, now).setParameter(2, caller.subject()).setParameter(3, in.note)
                .setParameter(4, visitId).executeUpdate();
        audit.record("VISIT_REVIEW_RESOLVED", ((Number) row[4]).longValue(), "visit " + visitId + ", flagged "
                + row[3]);
        return new VisitReviewResolvePayload(String.valueOf(visitId), now, List.of());
    }

    /**
     * Death reports waiting for a decision and flagged visits of the jurisdiction, oldest first (then death reports
     * before visits, then by id). Every person shown is audited.
     */
    @Transactional
    public Page<ReviewItem> queue(Jurisdiction jurisdiction, PageRequest page) {
        String items = "select * from (select 'DEATH_REPORT' as kind, r.id as item_id, "
                + "  cast(r.death_reported_on as timestamp) at time zone :zone as since, r.id as resident_id, "
                + "  (select w.name from home_visit v join worker w on w.id = v.worker_id where v.resident_id = r.id "
                + "   and v.outcome = 'REPORTED_DECEASED' order by v.visited_at desc limit 1) as worker_name "
                + "  from resident r where r.death_reported_on is not null and r.deceased_on is null "
                + "  and r.area_code like :pattern "
                + "union all select 'FLAGGED_VISIT', v.id, v.updated_at, v.resident_id, w.name from home_visit v "
                + "  join resident r on r.id = v.resident_id left join worker w on w.id = v.worker_id "
                + "  where v.needs_review and r.area_code like :pattern) q";
        long total = ((Number) bind(em.createNativeQuery("select count(*) from (" + items + ") c"), jurisdiction)
                .getSingleResult()).longValue();
        String where = "";
        if (page.cursor() != null) {
            where = page.backward() ? " where (since, kind, item_id) < (cast(:since as timestamptz), :kind, :id)"
                    : " where (since, kind, item_id) > (cast(:since as timestamptz), :kind, :id)";
        }
        String order = page.backward() ? " order by since desc, kind desc, item_id desc"
                : " order by since, kind, item_id";
        Query query = bind(em.createNativeQuery("select kind, item_id, since, resident_id, worker_name from (" + items
                + ") i" + where + order + " limit " + page.fetchSize()), jurisdiction);
        if (page.cursor() != null) {
            query.setParameter("since", page.cursor().stringAt(0)).setParameter("kind", page.cursor().stringAt(1))
                    .setParameter("id", page.cursor().longAt(2));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Long> residentIds = new ArrayList<>(new LinkedHashSet<>(rows.stream()
                .map(r -> ((Number) r[3]).longValue()).toList()));
        List<Long> visitIds = rows.stream().filter(r -> "FLAGGED_VISIT".equals(r[0]))
                .map(r -> ((Number) r[1]).longValue()).toList();
        java.util.Map<Long, Object[]> people = new java.util.HashMap<>();
        java.util.Map<Long, Object[]> visits = new java.util.HashMap<>();
        if (!residentIds.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> found = em.createNativeQuery("select id, name, id_number_mask, area_code, death_reported_on "
                    + "from resident where id in (?1)").setParameter(1, residentIds).getResultList();
            found.forEach(p -> people.put(((Number) p[0]).longValue(), p));
            audit.recordAll("REVIEW_QUEUE_READ", residentIds, null);
        }
        if (!visitIds.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> found = em.createNativeQuery("select id, review_reason, outcome from home_visit "
                    + "where id in (?1)").setParameter(1, visitIds).getResultList();
            found.forEach(v -> visits.put(((Number) v[0]).longValue(), v));
        }
        Function<Object[], ReviewItem> toItem = r -> {
            ReviewItemKind kind = ReviewItemKind.valueOf((String) r[0]);
            long itemId = ((Number) r[1]).longValue();
            Object[] p = people.get(((Number) r[3]).longValue());
            Object[] v = kind == ReviewItemKind.FLAGGED_VISIT ? visits.get(itemId) : null;
            return new ReviewItem(kind, SqlValues.offsetDateTime(r[2]).atZoneSameInstant(clock.getZone())
                    .toOffsetDateTime(), String.valueOf(p[0]), (String) p[1], (String) p[2], (String) p[3],
                    kind == ReviewItemKind.DEATH_REPORT ? SqlValues.localDate(p[4]) : null,
                    v == null ? null : String.valueOf(itemId),
                    v == null || v[1] == null ? null : ReviewReason.valueOf((String) v[1]),
                    v == null || v[2] == null ? null : VisitOutcome.valueOf((String) v[2]), (String) r[4]);
        };
        return page.page(rows, toItem, r -> Cursor.of(SqlValues.offsetDateTime(r[2]).toString(), r[0],
                ((Number) r[1]).longValue()), total);
    }

    private Query bind(Query query, Jurisdiction jurisdiction) {
        return query.setParameter("pattern", jurisdiction.codePattern()).setParameter("zone", clock.getZone().getId());
    }

    /**
     * Locks the person's pension rows (id order, as a certification and a death report do), then the person's row,
     * and reads them; empty when the person does not exist in the jurisdiction.
     */
    private Optional<Person> lock(Jurisdiction jurisdiction, String residentId) {
        long id = id(residentId);
        List<String> area = em.createQuery("select r.areaCode from Resident r where r.id = :id", String.class)
                .setParameter("id", id).getResultList();
        if (area.isEmpty() || !jurisdiction.covers(area.get(0))) {
            return Optional.empty();
        }
        PensionBenefitEntity.<PensionBenefitEntity> find("residentId = ?1 order by id", id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        Object[] row = (Object[]) em.createNativeQuery("select death_reported_on, deceased_on from resident "
                + "where id = ?1 for update").setParameter(1, id).getSingleResult();
        return Optional.of(new Person(id, SqlValues.localDate(row[0]), SqlValues.localDate(row[1])));
    }

    private long insertDecision(Person person, DeathReportDecisionKind kind, int pensionsChanged) {
        return ((Number) em.createNativeQuery("insert into death_report_decision (resident_id, reported_on, decision, "
                + "decided_at, decided_by, pensions_changed) values (?1, ?2, ?3, ?4, ?5, ?6) returning id")
                .setParameter(1, person.id()).setParameter(2, person.reportedOn()).setParameter(3, kind.name())
                .setParameter(4, OffsetDateTime.now(clock)).setParameter(5, caller.subject())
                .setParameter(6, pensionsChanged).getSingleResult()).longValue();
    }

    private Optional<Decision> lastDecision(long residentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select decision, reported_on, pensions_changed, recovery_payments, "
                + "recovery_total, back_pay_months, back_pay_total from death_report_decision where resident_id = ?1 "
                + "order by id desc limit 1").setParameter(1, residentId).getResultList();
        return rows.stream().findFirst().map(r -> new Decision(DeathReportDecisionKind.valueOf((String) r[0]),
                SqlValues.localDate(r[1]), ((Number) r[2]).intValue(), ((Number) r[3]).intValue(),
                (BigDecimal) r[4], ((Number) r[5]).intValue(), (BigDecimal) r[6]));
    }

    private static long id(String value) {
        try {
            return value == null ? -1L : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static ReviewError error(ReviewErrorCode code, Function<Msg, String> message, String field) {
        return ReviewError.of(code, message.apply(Messages.msg()), "input", field);
    }
}

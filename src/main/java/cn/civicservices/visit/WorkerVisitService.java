package cn.civicservices.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;

import cn.civicservices.audit.AuditLog;
import cn.civicservices.certification.BackPay;
import cn.civicservices.certification.CertificationRecord;
import cn.civicservices.certification.CertificationService;
import cn.civicservices.certification.CertificationService.Certified;
import cn.civicservices.certification.CertificationService.Evidence;
import cn.civicservices.certification.Channel;
import cn.civicservices.certification.EvidenceType;
import cn.civicservices.common.SqlValues;
import cn.civicservices.common.ConstraintMessages;
import cn.civicservices.common.Messages;
import cn.civicservices.common.Msg;
import cn.civicservices.visit.HomeVisitSyncPayload.HomeVisitSyncResult;
import cn.civicservices.worker.WorkerContact;
import cn.civicservices.worker.WorkerDirectory;
import cn.civicservices.worker.WorkerDirectory.Coverage;
import cn.civicservices.worker.WorkerEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * What a community worker does with home visits: schedule them, record what came of them, and send the records
 * logged offline in one batch. A worker acts only on residents of the villages they cover (one rule:
 * {@link WorkerDirectory}); anyone else's resident or visit is answered exactly like one that does not exist.
 * Every change is audited in its own transaction.
 * <p>
 * A record is stored once however often it is sent: the phone's clientId for it is unique in the database
 * ({@code home_visit.record_client_id}). What a worker recorded is never dropped: a record that cannot take effect
 * as sent (the person was certified meanwhile, or cannot be certified) is stored and flagged for review.
 */
@ApplicationScoped
public class WorkerVisitService {

    private static final Logger LOG = Logger.getLogger(WorkerVisitService.class);

    private static final UUID NO_UUID = new UUID(0, 0);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WorkerDirectory workers;

    @Inject
    CertificationService certifications;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    // --- scheduling

    /** Schedules a visit already asked for, or a new one of a resident of the worker's villages. */
    @Transactional
    public HomeVisitSchedulePayload schedule(long workerId, HomeVisitScheduleInput input) {
        Coverage coverage = workers.coverage(workerId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (input.visitId != null) {
            return scheduleExisting(workerId, coverage, input, now);
        }
        if (input.residentId == null || input.reason == null || input.clientId == null) {
            return HomeVisitSchedulePayload.refused(error(HomeVisitErrorCode.INVALID, Msg::visitScheduleTarget, "input"));
        }
        UUID clientId = uuid(input.clientId);
        if (clientId == null) {
            return HomeVisitSchedulePayload.refused(
                    error(HomeVisitErrorCode.INVALID, Msg::visitClientIdInvalid, "input", "clientId"));
        }
        long residentId = id(input.residentId);
        if (!coverage.covers(areaOf(residentId))) {
            return HomeVisitSchedulePayload.refused(notFound("residentId"));
        }
        HomeVisitEntity same = HomeVisitEntity.find("clientId", clientId).firstResult();
        if (same != null) {
            return same.residentId == residentId ? new HomeVisitSchedulePayload(view(same), List.of())
                    : HomeVisitSchedulePayload.refused(
                            error(HomeVisitErrorCode.CLIENT_ID_TAKEN, Msg::visitClientIdTaken, "input", "clientId"));
        }
        // Any conflict (this clientId used a moment ago, or an open visit of the resident) inserts nothing.
        List<?> inserted = em.createNativeQuery("insert into home_visit (client_id, resident_id, worker_id, reason, "
                + "requested_by, status, scheduled_on, schedule_note, created_at, updated_at) "
                + "values (?1, ?2, ?3, ?4, 'WORKER', 'SCHEDULED', ?5, ?6, ?7, ?7) on conflict do nothing returning id")
                .setParameter(1, clientId).setParameter(2, residentId).setParameter(3, workerId)
                .setParameter(4, input.reason.name()).setParameter(5, input.scheduledOn).setParameter(6, input.note)
                .setParameter(7, now).getResultList();
        if (inserted.isEmpty()) {
            HomeVisitEntity raced = HomeVisitEntity.find("clientId", clientId).firstResult();
            if (raced != null) {
                return raced.residentId == residentId ? new HomeVisitSchedulePayload(view(raced), List.of())
                        : HomeVisitSchedulePayload.refused(
                                error(HomeVisitErrorCode.CLIENT_ID_TAKEN, Msg::visitClientIdTaken, "input", "clientId"));
            }
            HomeVisitEntity open = HomeVisitEntity.<HomeVisitEntity> find("residentId = ?1 and status in ?2",
                    residentId, List.of(VisitStatus.REQUESTED, VisitStatus.SCHEDULED)).firstResult();
            return new HomeVisitSchedulePayload(open == null ? null : view(open),
                    List.of(error(HomeVisitErrorCode.ALREADY_REQUESTED, Msg::visitAlreadyRequested)));
        }
        long visitId = ((Number) inserted.get(0)).longValue();
        audit.record("HOME_VISIT_SCHEDULED", residentId, "visit " + visitId + " on " + input.scheduledOn);
        return new HomeVisitSchedulePayload(view(HomeVisitEntity.findById(visitId)), List.of());
    }

    private HomeVisitSchedulePayload scheduleExisting(long workerId, Coverage coverage, HomeVisitScheduleInput input,
            OffsetDateTime now) {
        long visitId = id(input.visitId);
        // The visit and its resident's village in one read, whether or not either exists.
        List<Object[]> rows = em.createQuery("select v, r.areaCode from HomeVisit v, Resident r "
                + "where r.id = v.residentId and v.id = :id", Object[].class).setParameter("id", visitId)
                .getResultList();
        HomeVisitEntity visit = rows.isEmpty() ? null : (HomeVisitEntity) rows.get(0)[0];
        if (visit == null || !coverage.covers((String) rows.get(0)[1])
                || input.residentId != null && id(input.residentId) != visit.residentId) {
            return HomeVisitSchedulePayload.refused(notFound("visitId"));
        }
        int updated = em.createNativeQuery("update home_visit set status = 'SCHEDULED', scheduled_on = ?1, "
                + "worker_id = ?2, schedule_note = coalesce(?3, schedule_note), updated_at = ?4 "
                + "where id = ?5 and status in ('REQUESTED', 'SCHEDULED')")
                .setParameter(1, input.scheduledOn).setParameter(2, workerId).setParameter(3, input.note)
                .setParameter(4, now).setParameter(5, visitId).executeUpdate();
        if (updated == 0) {
            return HomeVisitSchedulePayload.refused(
                    error(HomeVisitErrorCode.VISIT_CLOSED, Msg::visitClosed, "input", "visitId"));
        }
        em.refresh(visit);
        audit.record("HOME_VISIT_SCHEDULED", visit.residentId, "visit " + visitId + " on " + input.scheduledOn);
        return new HomeVisitSchedulePayload(view(visit), List.of());
    }

    // --- recording, one at a time or in batches

    /** Records what came of one visit, in one transaction. */
    @Transactional
    public HomeVisitRecordPayload record(long workerId, HomeVisitRecordInput input) {
        Batch batch = load(workerId, List.of(input));
        Recorded recorded = recordOne(batch, input, List.of("input"));
        Map<Long, HomeVisit> views = views(recorded.visitId() == null ? List.of() : List.of(recorded.visitId()));
        return new HomeVisitRecordPayload(recorded.status(), views.get(recorded.visitId()), recorded.certification(),
                recorded.backPay(), recorded.error() == null ? List.of() : List.of(recorded.error()));
    }

    /**
     * Records a batch logged offline: each record checked and stored in a transaction of its own, so that one
     * refused or failing record never takes the others with it. What the whole batch needs (coverage, residents,
     * the visits and clientIds it names) is read up front in three statements.
     */
    public HomeVisitSyncPayload sync(long workerId, List<HomeVisitRecordInput> items) {
        List<HomeVisitError> invalid = new ArrayList<>(items.size());
        List<HomeVisitRecordInput> valid = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            HomeVisitError error = firstViolation(items.get(i), i);
            invalid.add(error);
            if (error == null) {
                valid.add(items.get(i));
            }
        }
        Batch batch = QuarkusTransaction.requiringNew().call(() -> load(workerId, valid));
        List<Recorded> recorded = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            HomeVisitRecordInput item = items.get(i);
            if (invalid.get(i) != null) {
                recorded.add(Recorded.refused(invalid.get(i)));
                continue;
            }
            List<String> path = List.of("input", "visits", String.valueOf(i));
            try {
                recorded.add(QuarkusTransaction.requiringNew().call(() -> recordOne(batch, item, path)));
            } catch (RuntimeException e) {
                String reference = UUID.randomUUID().toString();
                LOG.errorf(e, "A home-visit record of a sync could not be stored, reference %s", reference);
                recorded.add(Recorded.refused(HomeVisitError.of(HomeVisitErrorCode.FAILED,
                        Messages.msg().errorInternal(reference), path.toArray(String[]::new))));
            }
        }
        List<Long> ids = recorded.stream().map(Recorded::visitId).filter(id -> id != null).toList();
        Map<Long, HomeVisit> views = ids.isEmpty() ? Map.of() : QuarkusTransaction.requiringNew().call(() -> views(ids));
        List<HomeVisitSyncResult> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Recorded r = recorded.get(i);
            results.add(new HomeVisitSyncResult(items.get(i).clientId, r.status(),
                    r.visitId() == null ? null : views.get(r.visitId()), r.error()));
        }
        return new HomeVisitSyncPayload(results);
    }

    /** What one record came to. */
    record Recorded(SyncStatus status, Long visitId, HomeVisitError error, CertificationRecord certification,
            BackPay backPay) {

        static Recorded refused(HomeVisitError error) {
            return new Recorded(SyncStatus.REFUSED, null, error, null, null);
        }

        static Recorded stored(SyncStatus status, long visitId, HomeVisitError error) {
            return new Recorded(status, visitId, error, null, null);
        }
    }

    /** A visit row a batch names: by id, by clientId, or as a resident's open visit. */
    record KnownVisit(long id, long residentId, boolean open, UUID clientId, UUID recordClientId) {
    }

    /** What a batch needs to know, read once before its records are stored. */
    record Batch(long workerId, Map<Long, String> coveredResidents, Map<Long, KnownVisit> visits,
            Map<UUID, KnownVisit> byClientId, Map<Long, Long> openVisitOf) {
    }

    /** Three statements whatever the size of the batch: coverage, residents, the visits it names. */
    Batch load(long workerId, Collection<HomeVisitRecordInput> items) {
        Coverage coverage = workers.coverage(workerId);
        List<Long> residentIds = new ArrayList<>(List.of(-1L));
        List<Long> visitIds = new ArrayList<>(List.of(-1L));
        List<UUID> clientIds = new ArrayList<>(List.of(NO_UUID));
        for (HomeVisitRecordInput item : items) {
            residentIds.add(id(item.residentId));
            if (item.visitId != null) {
                visitIds.add(id(item.visitId));
            }
            UUID clientId = uuid(item.clientId);
            if (clientId != null) {
                clientIds.add(clientId);
            }
        }
        Map<Long, String> covered = new HashMap<>();
        if (!items.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> residents = em.createNativeQuery("select id, area_code from resident where id in (?1)",
                    Object[].class).setParameter(1, residentIds.stream().distinct().toList()).getResultList();
            for (Object[] row : residents) {
                if (coverage.covers((String) row[1])) {
                    covered.put(((Number) row[0]).longValue(), (String) row[1]);
                }
            }
        }
        Map<Long, KnownVisit> visits = new HashMap<>();
        Map<UUID, KnownVisit> byClientId = new HashMap<>();
        Map<Long, Long> openVisitOf = new HashMap<>();
        if (!covered.isEmpty()) {
            List<Object[]> rows = em.createNativeQuery("select id, resident_id, status in ('REQUESTED', 'SCHEDULED'), "
                    + "client_id, record_client_id from home_visit where id in (?1) or client_id in (?2) "
                    + "or record_client_id in (?2) or (resident_id in (?3) and status in ('REQUESTED', 'SCHEDULED'))",
                    Object[].class)
                    .setParameter(1, visitIds.stream().distinct().toList())
                    .setParameter(2, clientIds.stream().distinct().toList())
                    .setParameter(3, List.copyOf(covered.keySet())).getResultList();
            for (Object[] row : rows) {
                KnownVisit v = new KnownVisit(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                        (Boolean) row[2], (UUID) row[3], (UUID) row[4]);
                visits.put(v.id(), v);
                byClientId.put(v.clientId(), v);
                if (v.recordClientId() != null) {
                    byClientId.put(v.recordClientId(), v);
                }
                if (v.open()) {
                    openVisitOf.put(v.residentId(), v.id());
                }
            }
        }
        return new Batch(workerId, covered, visits, byClientId, openVisitOf);
    }

    /**
     * Stores one record in the caller's transaction; see the class comment. Refusals come before any change, so
     * a refused record changes nothing.
     */
    Recorded recordOne(Batch batch, HomeVisitRecordInput in, List<String> path) {
        long residentId = id(in.residentId);
        if (!batch.coveredResidents().containsKey(residentId)) {
            return Recorded.refused(notFound(path, "residentId"));
        }
        Long visitId = null;
        if (in.visitId != null) {
            KnownVisit named = batch.visits().get(id(in.visitId));
            if (named == null || named.residentId() != residentId) {
                return Recorded.refused(notFound(path, "visitId"));
            }
            visitId = named.id();
        }
        UUID clientId = uuid(in.clientId);
        KnownVisit same = batch.byClientId().get(clientId);
        if (same != null && same.residentId() != residentId) {
            return Recorded.refused(clientIdTaken(path));
        }
        if (same != null && clientId.equals(same.recordClientId())) {
            return Recorded.stored(SyncStatus.ALREADY_RECEIVED, same.id(), null);
        }
        if (visitId == null) {
            visitId = batch.openVisitOf().get(residentId);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        ReviewReason review = in.outcome == VisitOutcome.CERTIFIED && certifiedMeanwhile(residentId, in.visitedAt, today)
                ? ReviewReason.CERTIFIED_MEANWHILE : null;

        Long stored = null;
        if (visitId != null) {
            int updated = em.createNativeQuery("update home_visit set status = 'DONE', outcome = ?1, outcome_note = ?2, "
                    + "visited_at = ?3, latitude = ?4, longitude = ?5, worker_id = ?6, record_client_id = ?7, "
                    + "needs_review = ?8, review_reason = ?9, updated_at = ?10 "
                    + "where id = ?11 and status in ('REQUESTED', 'SCHEDULED')")
                    .setParameter(1, in.outcome.name()).setParameter(2, in.note).setParameter(3, in.visitedAt)
                    .setParameter(4, in.latitude).setParameter(5, in.longitude).setParameter(6, batch.workerId())
                    .setParameter(7, clientId).setParameter(8, review != null)
                    .setParameter(9, review == null ? null : review.name()).setParameter(10, now)
                    .setParameter(11, visitId).executeUpdate();
            stored = updated == 1 ? visitId : null;
        }
        if (stored == null) {
            // A visit of its own: none was open, or the one named was closed meanwhile (it stays as it is).
            VisitReason reason = in.reason == null ? VisitReason.CERTIFICATION_DUE : in.reason;
            List<?> inserted = em.createNativeQuery("insert into home_visit (client_id, record_client_id, resident_id, "
                    + "worker_id, reason, requested_by, status, outcome, outcome_note, visited_at, latitude, longitude, "
                    + "needs_review, review_reason, created_at, updated_at) values (?1, ?2, ?3, ?4, ?5, 'WORKER', "
                    + "'DONE', ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13) on conflict do nothing returning id")
                    .setParameter(1, same == null ? clientId : UUID.randomUUID()).setParameter(2, clientId)
                    .setParameter(3, residentId).setParameter(4, batch.workerId()).setParameter(5, reason.name())
                    .setParameter(6, in.outcome.name()).setParameter(7, in.note).setParameter(8, in.visitedAt)
                    .setParameter(9, in.latitude).setParameter(10, in.longitude).setParameter(11, review != null)
                    .setParameter(12, review == null ? null : review.name()).setParameter(13, now)
                    .getResultList();
            if (inserted.isEmpty()) {
                // The same record, stored a moment ago by a concurrent send; or this clientId taken meanwhile.
                List<Object[]> raced = em.createNativeQuery("select id, resident_id from home_visit "
                        + "where record_client_id = ?1 or client_id = ?1", Object[].class)
                        .setParameter(1, clientId).getResultList();
                return raced.size() == 1 && ((Number) raced.get(0)[1]).longValue() == residentId
                        ? Recorded.stored(SyncStatus.ALREADY_RECEIVED, ((Number) raced.get(0)[0]).longValue(), null)
                        : Recorded.refused(clientIdTaken(path));
            }
            stored = ((Number) inserted.get(0)).longValue();
        }

        HomeVisitError flagged = null;
        Certified certified = null;
        if (review == ReviewReason.CERTIFIED_MEANWHILE) {
            flagged = HomeVisitError.of(HomeVisitErrorCode.ALREADY_CERTIFIED_FLAGGED,
                    Messages.msg().visitAlreadyCertified(), path.toArray(String[]::new));
        } else if (in.outcome == VisitOutcome.CERTIFIED) {
            try {
                certified = certifications.certify(residentId, new Evidence(Channel.HOME_VISIT, EvidenceType.IN_PERSON,
                        "home visit " + stored, batch.workerId(), null, stored, null), in.visitedAt);
            } catch (CertificationService.Refused refused) {
                review = ReviewReason.valueOf(refused.code().name());
                em.createNativeQuery("update home_visit set needs_review = true, review_reason = ?1 where id = ?2")
                        .setParameter(1, review.name()).setParameter(2, stored).executeUpdate();
                flagged = HomeVisitError.of(HomeVisitErrorCode.CERTIFICATION_REFUSED_FLAGGED,
                        Messages.msg().visitNotCertified(refused.getMessage()), path.toArray(String[]::new));
            }
        } else if (in.outcome == VisitOutcome.REPORTED_DECEASED) {
            reportDeath(residentId, in.visitedAt.atZoneSameInstant(clock.getZone()).toLocalDate(), stored);
        }
        audit.record("HOME_VISIT_RECORDED", residentId, "visit " + stored + " " + in.outcome.name()
                + (review == null ? "" : ", for review: " + review.name()));
        return new Recorded(SyncStatus.CREATED, stored, flagged,
                certified == null ? null : certified.certification(), certified == null ? null : certified.backPay());
    }

    /**
     * Whether the person was certified through another channel since the visit: a certification after the visit
     * time, or one that already runs beyond 11 months from today. Locks the person's pension rows first, in the
     * order the certification path locks them, so no certification can slip in between this check and ours.
     */
    private boolean certifiedMeanwhile(long residentId, OffsetDateTime visitedAt, LocalDate today) {
        Object[] row = (Object[]) em.createNativeQuery("with locked as (select id, certified_until from pension_benefit "
                + "where resident_id = ?1 and status <> 'TERMINATED' order by id for update) "
                + "select (select max(certified_until) from locked), (select max(c.certified_at) from certification c "
                + "where c.benefit_id in (select id from locked))", Object[].class)
                .setParameter(1, residentId).getSingleResult();
        LocalDate until = SqlValues.localDate(row[0]);
        OffsetDateTime last = SqlValues.offsetDateTime(row[1]);
        return last != null && last.isAfter(visitedAt)
                || until != null && until.isAfter(today.plusMonths(11));
    }

    /**
     * A worker's report of a death never ends a pension: it marks the person as reported dead (which stops any
     * certification) and suspends their active pensions from the day of the visit, pending an administrator's
     * confirmation. An earlier report keeps its date.
     */
    private void reportDeath(long residentId, LocalDate on, long visitId) {
        // The person's pension rows first, in the order a certification locks them, so the two never deadlock.
        em.createNativeQuery("select id from pension_benefit where resident_id = ?1 order by id for update")
                .setParameter(1, residentId).getResultList();
        int suspended = em.createNativeQuery("with reported as (update resident set death_reported_on = "
                + "coalesce(death_reported_on, ?1) where id = ?2 returning id) "
                + "update pension_benefit set status = 'SUSPENDED', suspended_since = ?1 "
                + "where resident_id in (select id from reported) and status = 'ACTIVE'")
                .setParameter(1, on).setParameter(2, residentId).executeUpdate();
        audit.record("DEATH_REPORTED", residentId, "visit " + visitId + ", reported on " + on + ", " + suspended
                + " pension(s) suspended pending review");
    }

    /** The first constraint a batch item breaks, as an error with its own code; null when it breaks none. */
    HomeVisitError firstViolation(HomeVisitRecordInput item, int index) {
        Set<ConstraintViolation<HomeVisitRecordInput>> violations = validator.validate(item);
        return violations.stream().sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .findFirst().map(v -> {
                    String field = v.getPropertyPath().toString();
                    HomeVisitErrorCode code = switch (field) {
                        case "visitedAt" -> HomeVisitErrorCode.VISITED_AT_OUT_OF_RANGE;
                        case "latitude", "longitude" -> HomeVisitErrorCode.POSITION_OUT_OF_RANGE;
                        case "note" -> HomeVisitErrorCode.NOTE_TOO_LONG;
                        default -> HomeVisitErrorCode.INVALID;
                    };
                    String template = v.getMessageTemplate();
                    String path = "input.visits[" + index + "]." + field;
                    String text = ConstraintMessages.text(template, Messages.msg());
                    return HomeVisitError.of(code, Messages.msg().errorInput(path, text), "input", "visits",
                            String.valueOf(index), field);
                }).orElse(null);
    }

    // --- views and helpers

    private Map<Long, HomeVisit> views(List<Long> ids) {
        Map<Long, HomeVisit> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        List<HomeVisitEntity> visits = HomeVisitEntity.list("id in ?1", ids.stream().distinct().toList());
        Map<Long, WorkerEntity> byId = workers.byIds(visits.stream().map(v -> v.workerId).toList());
        visits.forEach(v -> result.put(v.id, HomeVisit.of(v, WorkerContact.of(byId.get(v.workerId)))));
        return result;
    }

    private HomeVisit view(HomeVisitEntity visit) {
        return HomeVisit.of(visit, WorkerContact.of(visit.workerId == null ? null : WorkerEntity.findById(visit.workerId)));
    }

    /** The village of a resident, or null when there is no such resident. */
    private String areaOf(long residentId) {
        List<String> area = em.createQuery("select r.areaCode from Resident r where r.id = :id", String.class)
                .setParameter("id", residentId).getResultList();
        return area.isEmpty() ? null : area.get(0);
    }

    /** An identifier as sent; one that is not a number names nothing (-1), and is looked up like any other. */
    static long id(String value) {
        try {
            return value == null ? -1L : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The one answer for a resident or visit that does not exist or is not the worker's to see. */
    private static HomeVisitError notFound(String field) {
        return error(HomeVisitErrorCode.NOT_FOUND, Msg::visitNotFound, "input", field);
    }

    private static HomeVisitError notFound(List<String> path, String field) {
        List<String> full = new ArrayList<>(path);
        full.add(field);
        return new HomeVisitError(full, Messages.msg().visitNotFound(), HomeVisitErrorCode.NOT_FOUND);
    }

    private static HomeVisitError clientIdTaken(List<String> path) {
        List<String> full = new ArrayList<>(path);
        full.add("clientId");
        return new HomeVisitError(full, Messages.msg().visitClientIdTaken(), HomeVisitErrorCode.CLIENT_ID_TAKEN);
    }

    private static HomeVisitError error(HomeVisitErrorCode code, Function<Msg, String> message, String... field) {
        return HomeVisitError.of(code, message.apply(Messages.msg()), field);
    }
}

package cn.civicservices.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
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
import cn.civicservices.common.ApiException;
import cn.civicservices.common.Cursor;
import cn.civicservices.common.DatabaseUnavailable;
import cn.civicservices.common.Page;
import cn.civicservices.common.PageRequest;
import cn.civicservices.common.QuietRollbackGuard;
import cn.civicservices.common.Redacted;
import cn.civicservices.common.SqlValues;
import cn.civicservices.common.ConstraintMessages;
import cn.civicservices.common.Messages;
import cn.civicservices.common.Msg;
import cn.civicservices.visit.HomeVisitSyncPayload.HomeVisitSyncResult;
import cn.civicservices.worker.WorkerContact;
import cn.civicservices.worker.WorkerDirectory;
import cn.civicservices.worker.WorkerDirectory.Coverage;
import cn.civicservices.worker.WorkerEntity;

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
        Recorded recorded = recordAll(load(workerId, List.of(input)), List.of(new Item(input, List.of("input"))))
                .get(0);
        Map<Long, HomeVisit> views = views(recorded.visitId() == null ? List.of() : List.of(recorded.visitId()));
        return new HomeVisitRecordPayload(recorded.status(), views.get(recorded.visitId()), recorded.certification(),
                recorded.backPay(), recorded.error() == null ? List.of() : List.of(recorded.error()));
    }

    /**
     * Records a batch logged offline, in one transaction and a fixed number of statements whatever its size (see
     * {@link #recordAll}). Should that transaction fail, each record is stored again in a transaction of its own,
     * so that one failing record never takes the others with it.
     */
    public HomeVisitSyncPayload sync(long workerId, List<HomeVisitRecordInput> inputs) {
        Recorded[] recorded = new Recorded[inputs.size()];
        List<Item> valid = new ArrayList<>(inputs.size());
        List<Integer> positions = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            HomeVisitError error = firstViolation(inputs.get(i), i);
            if (error != null) {
                recorded[i] = Recorded.refused(error);
            } else {
                valid.add(new Item(inputs.get(i), List.of("input", "visits", String.valueOf(i))));
                positions.add(i);
            }
        }
        List<HomeVisitRecordInput> validInputs = valid.stream().map(Item::in).toList();
        List<Recorded> stored;
        try {
            stored = QuietRollbackGuard.requiringNew(() -> recordAll(load(workerId, validInputs), valid));
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.is(e)) {
                throw e;
            }
            LOG.warnf(Redacted.of(e), "A sync batch of %d records could not be stored at once; storing them one by one",
                    valid.size());
            stored = oneByOne(workerId, valid);
        }
        for (int k = 0; k < positions.size(); k++) {
            recorded[positions.get(k)] = stored.get(k);
        }
        List<Long> ids = Arrays.stream(recorded).map(Recorded::visitId).filter(id -> id != null).toList();
        Map<Long, HomeVisit> views = ids.isEmpty() ? Map.of() : QuietRollbackGuard.requiringNew(() -> views(ids));
        List<HomeVisitSyncResult> results = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            Recorded r = recorded[i];
            results.add(new HomeVisitSyncResult(inputs.get(i).clientId, r.status(),
                    r.visitId() == null ? null : views.get(r.visitId()), r.error()));
        }
        return new HomeVisitSyncPayload(results);
    }

    /** Each record in a transaction of its own: a record that fails is refused with a reference, alone. */
    private List<Recorded> oneByOne(long workerId, List<Item> items) {
        Batch batch = QuietRollbackGuard.requiringNew(() -> load(workerId, items.stream().map(Item::in).toList()));
        List<Recorded> recorded = new ArrayList<>(items.size());
        for (Item item : items) {
            try {
                recorded.add(QuietRollbackGuard.requiringNew(() -> recordAll(batch, List.of(item)).get(0)));
            } catch (RuntimeException e) {
                if (DatabaseUnavailable.is(e)) {
                    throw e;
                }
                String reference = UUID.randomUUID().toString();
                LOG.errorf(Redacted.of(e), "A home-visit record of a sync could not be stored, reference %s", reference);
                recorded.add(Recorded.refused(HomeVisitError.of(HomeVisitErrorCode.FAILED,
                        Messages.msg().errorInternal(reference), item.path().toArray(String[]::new))));
            }
        }
        return recorded;
    }

    /** A record to store, with the path of its input for errors. */
    record Item(HomeVisitRecordInput in, List<String> path) {
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

    /** A record that will be stored: on the open visit it closes, or as a visit of its own. */
    private static final class Plan {
        final int index;
        final Item item;
        final long residentId;
        final UUID clientId;
        /** Whether the clientId already names the person's request, so a visit of its own needs another. */
        final boolean clientIdOfRequest;
        Long openVisit;
        ReviewReason review;
        Long stored;

        Plan(int index, Item item, long residentId, UUID clientId, boolean clientIdOfRequest, Long openVisit) {
            this.index = index;
            this.item = item;
            this.residentId = residentId;
            this.clientId = clientId;
            this.clientIdOfRequest = clientIdOfRequest;
            this.openVisit = openVisit;
        }

        HomeVisitRecordInput in() {
            return item.in();
        }
    }

    /**
     * Stores records in the caller's transaction, in a fixed number of statements whatever their number: the
     * pension rows of the people concerned locked (in the order the certification path locks them) and their
     * certifications read; the open visits closed in one update and the rest inserted in one statement; the
     * certifications made through the one certification path; the reported deaths; the audit records. Refusals
     * come before any change, so a refused record changes nothing. The outcome is what storing the records one
     * after the other, in the order given, would give; a clientId sent twice is stored once.
     */
    List<Recorded> recordAll(Batch batch, List<Item> items) {
        Recorded[] results = new Recorded[items.size()];
        List<Plan> plans = new ArrayList<>(items.size());
        Map<UUID, Integer> firstOfClientId = new HashMap<>();
        Map<Integer, Integer> repeats = new HashMap<>();
        Set<Long> visitsClosed = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            HomeVisitRecordInput in = item.in();
            long residentId = id(in.residentId);
            if (!batch.coveredResidents().containsKey(residentId)) {
                results[i] = Recorded.refused(notFound(item.path(), "residentId"));
                continue;
            }
            Long visitId = null;
            if (in.visitId != null) {
                KnownVisit named = batch.visits().get(id(in.visitId));
                if (named == null || named.residentId() != residentId) {
                    results[i] = Recorded.refused(notFound(item.path(), "visitId"));
                    continue;
                }
                // A visit closed meanwhile stays as it is: the record becomes a visit of its own.
                visitId = named.open() ? named.id() : null;
            }
            UUID clientId = uuid(in.clientId);
            Integer first = firstOfClientId.putIfAbsent(clientId, i);
            if (first != null) {
                repeats.put(i, first);
                continue;
            }
            KnownVisit same = batch.byClientId().get(clientId);
            if (same != null && same.residentId() != residentId) {
                results[i] = Recorded.refused(clientIdTaken(item.path()));
                continue;
            }
            if (same != null && clientId.equals(same.recordClientId())) {
                results[i] = Recorded.stored(SyncStatus.ALREADY_RECEIVED, same.id(), null);
                continue;
            }
            if (in.visitId == null) {
                visitId = batch.openVisitOf().get(residentId);
            }
            if (visitId != null && !visitsClosed.add(visitId)) {
                visitId = null; // closed by an earlier record of this batch: this one is a visit of its own
            }
            plans.add(new Plan(i, item, residentId, clientId, same != null, visitId));
        }

        OffsetDateTime now = OffsetDateTime.now(clock);
        flagCertifiedMeanwhile(plans, now.toLocalDate());
        closeOpenVisits(batch.workerId(), plans, now);
        insertOwnVisits(batch.workerId(), plans, now, results);

        List<Plan> stored = plans.stream().filter(p -> p.stored != null).toList();
        List<AuditLog.Entry> audits = new ArrayList<>(stored.size() + 1);
        Map<Plan, Certified> certified = certify(batch.workerId(), stored, results);
        reportDeaths(stored, audits);
        for (Plan plan : stored) {
            audits.add(new AuditLog.Entry("HOME_VISIT_RECORDED", plan.residentId, "visit " + plan.stored + " "
                    + plan.in().outcome.name() + (plan.review == null ? "" : ", for review: " + plan.review.name())));
            if (results[plan.index] == null) {
                Certified done = certified.get(plan);
                HomeVisitError flagged = plan.review == ReviewReason.CERTIFIED_MEANWHILE
                        ? HomeVisitError.of(HomeVisitErrorCode.ALREADY_CERTIFIED_FLAGGED,
                                Messages.msg().visitAlreadyCertified(), plan.item.path().toArray(String[]::new))
                        : null;
                results[plan.index] = new Recorded(SyncStatus.CREATED, plan.stored, flagged,
                        done == null ? null : done.certification(), done == null ? null : done.backPay());
            }
        }
        audit.recordEach(audits);

        repeats.forEach((i, first) -> {
            Recorded earlier = results[first];
            boolean samePerson = id(items.get(i).in().residentId) == id(items.get(first).in().residentId);
            results[i] = earlier.visitId() != null && samePerson
                    ? Recorded.stored(SyncStatus.ALREADY_RECEIVED, earlier.visitId(), null)
                    : Recorded.refused(clientIdTaken(items.get(i).path()));
        });
        return List.of(results);
    }

    /**
     * A certified visit of someone certified through another channel since the visit (a certification after the
     * visit time, or one that already runs beyond 11 months from today), or by an earlier record of the batch, is
     * stored for review rather than certified again. Locks the pension rows of everyone certified or reported dead
     * first, in the order the certification path locks them, so no certification can slip in between.
     */
    private void flagCertifiedMeanwhile(List<Plan> plans, LocalDate today) {
        List<Long> people = plans.stream().filter(p -> p.in().outcome == VisitOutcome.CERTIFIED
                || p.in().outcome == VisitOutcome.REPORTED_DECEASED).map(p -> p.residentId).distinct().toList();
        if (people.isEmpty()) {
            return;
        }
        em.createNativeQuery("select id from pension_benefit where resident_id in (?1) order by id for update")
                .setParameter(1, people).getResultList();
        Map<Long, Object[]> latest = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select b.resident_id, max(b.certified_until), "
                + "max(c.certified_at) from pension_benefit b left join certification c on c.benefit_id = b.id "
                + "where b.resident_id in (?1) and b.status <> 'TERMINATED' group by b.resident_id", Object[].class)
                .setParameter(1, people).getResultList();
        rows.forEach(row -> latest.put(((Number) row[0]).longValue(), row));
        Set<Long> certifiedHere = new HashSet<>();
        for (Plan plan : plans) {
            if (plan.in().outcome != VisitOutcome.CERTIFIED) {
                continue;
            }
            Object[] row = latest.get(plan.residentId);
            LocalDate until = row == null ? null : SqlValues.localDate(row[1]);
            OffsetDateTime last = row == null ? null : SqlValues.offsetDateTime(row[2]);
            boolean meanwhile = last != null && last.isAfter(plan.in().visitedAt)
                    || until != null && until.isAfter(today.plusMonths(11));
            if (meanwhile || !certifiedHere.add(plan.residentId)) {
                plan.review = ReviewReason.CERTIFIED_MEANWHILE;
            }
        }
    }

    /** Closes the open visits the records are about, in one statement; a visit closed meanwhile stays as it is. */
    private void closeOpenVisits(long workerId, List<Plan> plans, OffsetDateTime now) {
        List<Plan> closing = plans.stream().filter(p -> p.openVisit != null).toList();
        if (closing.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Number> closed = em.createNativeQuery("update home_visit v set status = 'DONE', outcome = r.outcome, "
                + "outcome_note = r.note, visited_at = r.visited_at, latitude = r.latitude, longitude = r.longitude, "
                + "worker_id = ?1, record_client_id = r.record_client_id, needs_review = r.review is not null, "
                + "review_reason = r.review, updated_at = ?2 "
                + "from unnest(?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) as r(id, outcome, note, visited_at, latitude, "
                + "longitude, record_client_id, review) "
                + "where v.id = r.id and v.status in ('REQUESTED', 'SCHEDULED') returning v.id")
                .setParameter(1, workerId).setParameter(2, now)
                .setParameter(3, closing.stream().map(p -> p.openVisit).toArray(Long[]::new))
                .setParameter(4, closing.stream().map(p -> p.in().outcome.name()).toArray(String[]::new))
                .setParameter(5, closing.stream().map(p -> p.in().note).toArray(String[]::new))
                .setParameter(6, closing.stream().map(p -> p.in().visitedAt).toArray(OffsetDateTime[]::new))
                .setParameter(7, closing.stream().map(p -> p.in().latitude).toArray(Double[]::new))
                .setParameter(8, closing.stream().map(p -> p.in().longitude).toArray(Double[]::new))
                .setParameter(9, closing.stream().map(p -> p.clientId).toArray(UUID[]::new))
                .setParameter(10, closing.stream().map(p -> p.review == null ? null : p.review.name())
                        .toArray(String[]::new))
                .getResultList();
        Set<Long> done = closed.stream().map(Number::longValue).collect(Collectors.toSet());
        closing.stream().filter(p -> done.contains(p.openVisit)).forEach(p -> p.stored = p.openVisit);
    }

    /**
     * Stores the other records as visits of their own (none was open, or the one named was closed meanwhile) in
     * one statement. A record already stored by a concurrent send of the same batch comes back as received; a
     * clientId taken meanwhile by someone else's visit is refused.
     */
    private void insertOwnVisits(long workerId, List<Plan> plans, OffsetDateTime now, Recorded[] results) {
        List<Plan> inserting = plans.stream().filter(p -> p.stored == null).toList();
        if (inserting.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> inserted = em.createNativeQuery("insert into home_visit (client_id, record_client_id, "
                + "resident_id, worker_id, reason, requested_by, status, outcome, outcome_note, visited_at, latitude, "
                + "longitude, needs_review, review_reason, created_at, updated_at) "
                + "select r.client_id, r.record_client_id, r.resident_id, ?1, r.reason, 'WORKER', 'DONE', r.outcome, "
                + "r.note, r.visited_at, r.latitude, r.longitude, r.review is not null, r.review, ?2, ?2 "
                + "from unnest(?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) as r(client_id, record_client_id, "
                + "resident_id, reason, outcome, note, visited_at, latitude, longitude, review) "
                + "on conflict do nothing returning id, record_client_id", Object[].class)
                .setParameter(1, workerId).setParameter(2, now)
                .setParameter(3, inserting.stream().map(p -> p.clientIdOfRequest ? UUID.randomUUID() : p.clientId)
                        .toArray(UUID[]::new))
                .setParameter(4, inserting.stream().map(p -> p.clientId).toArray(UUID[]::new))
                .setParameter(5, inserting.stream().map(p -> p.residentId).toArray(Long[]::new))
                .setParameter(6, inserting.stream().map(p -> (p.in().reason == null ? VisitReason.CERTIFICATION_DUE
                        : p.in().reason).name()).toArray(String[]::new))
                .setParameter(7, inserting.stream().map(p -> p.in().outcome.name()).toArray(String[]::new))
                .setParameter(8, inserting.stream().map(p -> p.in().note).toArray(String[]::new))
                .setParameter(9, inserting.stream().map(p -> p.in().visitedAt).toArray(OffsetDateTime[]::new))
                .setParameter(10, inserting.stream().map(p -> p.in().latitude).toArray(Double[]::new))
                .setParameter(11, inserting.stream().map(p -> p.in().longitude).toArray(Double[]::new))
                .setParameter(12, inserting.stream().map(p -> p.review == null ? null : p.review.name())
                        .toArray(String[]::new))
                .getResultList();
        Map<UUID, Long> idOf = new HashMap<>();
        inserted.forEach(row -> idOf.put((UUID) row[1], ((Number) row[0]).longValue()));
        List<Plan> raced = new ArrayList<>();
        for (Plan plan : inserting) {
            plan.stored = idOf.get(plan.clientId);
            if (plan.stored == null) {
                raced.add(plan);
            }
        }
        if (raced.isEmpty()) {
            return;
        }
        // Stored a moment ago by a concurrent send of the same records; or these clientIds taken meanwhile.
        List<UUID> clientIds = raced.stream().map(p -> p.clientId).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, resident_id, client_id, record_client_id "
                + "from home_visit where record_client_id in (?1) or client_id in (?1)", Object[].class)
                .setParameter(1, clientIds).getResultList();
        Map<UUID, List<Object[]>> byClientId = new HashMap<>();
        for (Object[] row : rows) {
            for (Object key : new HashSet<>(Arrays.asList(row[2], row[3]))) {
                if (key != null && clientIds.contains(key)) {
                    byClientId.computeIfAbsent((UUID) key, k -> new ArrayList<>()).add(row);
                }
            }
        }
        for (Plan plan : raced) {
            List<Object[]> found = byClientId.getOrDefault(plan.clientId, List.of());
            results[plan.index] = found.size() == 1 && ((Number) found.get(0)[1]).longValue() == plan.residentId
                    ? Recorded.stored(SyncStatus.ALREADY_RECEIVED, ((Number) found.get(0)[0]).longValue(), null)
                    : Recorded.refused(clientIdTaken(plan.item.path()));
        }
    }

    /**
     * Certifies the people of the certified visits through the one certification path (channel HOME_VISIT, the
     * worker as witness). A visit whose certification is refused stays stored and is flagged for review.
     */
    private Map<Plan, Certified> certify(long workerId, List<Plan> stored, Recorded[] results) {
        List<Plan> certifying = stored.stream().filter(p -> results[p.index] == null
                && p.in().outcome == VisitOutcome.CERTIFIED && p.review == null).toList();
        Map<Plan, Certified> certified = new HashMap<>();
        if (certifying.isEmpty()) {
            return certified;
        }
        List<CertificationService.Result> outcomes = certifications.certifyAll(certifying.stream()
                .map(p -> new CertificationService.Request(p.residentId, new Evidence(Channel.HOME_VISIT,
                        EvidenceType.IN_PERSON, "home visit " + p.stored, workerId, null, p.stored, null),
                        p.in().visitedAt))
                .toList());
        List<Plan> refused = new ArrayList<>();
        for (int k = 0; k < certifying.size(); k++) {
            Plan plan = certifying.get(k);
            CertificationService.Result outcome = outcomes.get(k);
            if (outcome.refused() == null) {
                certified.put(plan, outcome.certified());
                continue;
            }
            plan.review = ReviewReason.valueOf(outcome.refused().code().name());
            refused.add(plan);
            results[plan.index] = new Recorded(SyncStatus.CREATED, plan.stored,
                    HomeVisitError.of(HomeVisitErrorCode.CERTIFICATION_REFUSED_FLAGGED,
                            Messages.msg().visitNotCertified(outcome.refused().getMessage()),
                            plan.item.path().toArray(String[]::new)), null, null);
        }
        if (!refused.isEmpty()) {
            em.createNativeQuery("update home_visit v set needs_review = true, review_reason = r.review "
                    + "from unnest(?1, ?2) as r(id, review) where v.id = r.id")
                    .setParameter(1, refused.stream().map(p -> p.stored).toArray(Long[]::new))
                    .setParameter(2, refused.stream().map(p -> p.review.name()).toArray(String[]::new))
                    .executeUpdate();
        }
        return certified;
    }

    /**
     * A worker's report of a death never ends a pension: it marks the person as reported dead (which stops any
     * certification) and suspends their active pensions from the day of the visit, pending an administrator's
     * confirmation. An earlier report keeps its date. The pension rows were locked before.
     */
    private void reportDeaths(List<Plan> stored, List<AuditLog.Entry> audits) {
        Map<Long, Plan> firstReport = new LinkedHashMap<>();
        stored.stream().filter(p -> p.in().outcome == VisitOutcome.REPORTED_DECEASED)
                .forEach(p -> firstReport.putIfAbsent(p.residentId, p));
        if (firstReport.isEmpty()) {
            return;
        }
        Long[] people = firstReport.keySet().toArray(Long[]::new);
        LocalDate[] days = firstReport.values().stream()
                .map(p -> p.in().visitedAt.atZoneSameInstant(clock.getZone()).toLocalDate()).toArray(LocalDate[]::new);
        em.createNativeQuery("update resident r set death_reported_on = coalesce(r.death_reported_on, d.reported_on) "
                + "from unnest(?1, ?2) as d(id, reported_on) where r.id = d.id")
                .setParameter(1, people).setParameter(2, days).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Number> suspended = em.createNativeQuery("update pension_benefit b set status = 'SUSPENDED', "
                + "suspended_since = d.reported_on from unnest(?1, ?2) as d(id, reported_on) "
                + "where b.resident_id = d.id and b.status = 'ACTIVE' returning b.resident_id")
                .setParameter(1, people).setParameter(2, days).getResultList();
        Map<Long, Integer> count = new HashMap<>();
        suspended.forEach(id -> count.merge(id.longValue(), 1, Integer::sum));
        for (int k = 0; k < people.length; k++) {
            Plan plan = firstReport.get(people[k]);
            audits.add(new AuditLog.Entry("DEATH_REPORTED", people[k], "visit " + plan.stored + ", reported on "
                    + days[k] + ", " + count.getOrDefault(people[k], 0) + " pension(s) suspended pending review"));
        }
    }

    // --- the worker's own history

    private static final String RECORDED = "from home_visit v join resident r on r.id = v.resident_id "
            + "join area a on a.code = r.area_code where v.worker_id = :worker and v.status = 'DONE' "
            + "and r.area_code in (:villages)";

    /**
     * The visits a worker recorded, most recent visit first, of the people the worker covers today (a village
     * handed to another worker takes its history with it). Forward paging only; each person shown is audited.
     */
    @Transactional
    public Page<RecordedVisit> recorded(long workerId, String villageCode, PageRequest page) {
        if (page.backward()) {
            throw ApiException.badInput(Messages.msg().errorPageForwardOnly());
        }
        Set<String> villages = new HashSet<>(workers.villagesCoveredBy(workerId).keySet());
        if (villageCode != null) {
            villages.retainAll(Set.of(villageCode));
        }
        if (villages.isEmpty()) {
            return page.page(List.<RecordedVisit> of(), v -> v, WorkerVisitService::cursor, 0);
        }
        String keyset = page.cursor() == null ? "" : " and (v.visited_at, v.id) < (:at, :id)";
        Query rows = em.createNativeQuery("select v.id, r.id, r.name, r.id_number_mask, a.code, a.name, v.outcome, "
                + "v.outcome_note, v.visited_at, v.needs_review, v.review_reason " + RECORDED + keyset
                + " order by v.visited_at desc, v.id desc limit :n", Object[].class)
                .setParameter("worker", workerId).setParameter("villages", villages)
                .setParameter("n", page.fetchSize());
        if (page.cursor() != null) {
            rows.setParameter("at", page.cursor().timeAt(0)).setParameter("id",
                    page.cursor().longAt(1));
        }
        @SuppressWarnings("unchecked")
        List<RecordedVisit> visits = ((List<Object[]>) rows.getResultList()).stream().map(row -> new RecordedVisit(
                String.valueOf(row[0]), String.valueOf(row[1]), (String) row[2], (String) row[3], (String) row[4],
                (String) row[5], VisitOutcome.valueOf((String) row[6]), (String) row[7],
                SqlValues.offsetDateTime(row[8]), (Boolean) row[9],
                row[10] == null ? null : ReviewReason.valueOf((String) row[10]), ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue())).toList();
        long total = ((Number) em.createNativeQuery("select count(*) " + RECORDED)
                .setParameter("worker", workerId).setParameter("villages", villages).getSingleResult()).longValue();
        List<RecordedVisit> shown = visits.size() > page.size() ? visits.subList(0, page.size()) : visits;
        audit.recordAll("READ_RECORDED_VISITS", shown.stream().map(RecordedVisit::resident).distinct().toList(),
                null);
        return page.page(visits, v -> v, WorkerVisitService::cursor, total);
    }

    static Cursor cursor(RecordedVisit visit) {
        return Cursor.of(visit.visitedAt().toInstant().toString(), visit.visitId());
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

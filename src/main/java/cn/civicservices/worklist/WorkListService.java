package cn.civicservices.worklist;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import cn.civicservices.audit.AuditLog;
import cn.civicservices.certification.CertificationRules;
import cn.civicservices.certification.CertificationState;
import cn.civicservices.common.ApiException;
import cn.civicservices.common.Cursor;
import cn.civicservices.common.Messages;
import cn.civicservices.common.Page;
import cn.civicservices.common.PageRequest;
import cn.civicservices.common.SqlValues;
import cn.civicservices.pension.ReferenceData;
import cn.civicservices.pension.ReferenceData.CertificationPolicy;
import cn.civicservices.servicepoint.ServicePoint;
import cn.civicservices.servicepoint.ServicePointService;
import cn.civicservices.visit.RequestedBy;
import cn.civicservices.visit.VisitOutcome;
import cn.civicservices.visit.VisitReason;
import cn.civicservices.visit.VisitStatus;
import cn.civicservices.worker.WorkerDirectory;
import io.vertx.core.json.JsonObject;

/**
 * A worker's work list: the pensioners of the villages the worker covers whose certification is overdue or due
 * within a number of days, and everyone there with an open home-visit request, most urgent first (suspended
 * payment, then bedridden or living alone, then the soonest lapse). Each read is audited for every person shown.
 */
@ApplicationScoped
public class WorkListService {

    /** Most entries one offline package carries. */
    public static final int MAX_PACKAGE_ENTRIES = 2000;

    /** Ranks and keys of the ordering, computed once for the list and its keyset. */
    private static final String PEOPLE = "with person as ("
            + " select r.id, r.name, r.id_number_mask, r.area_code, a.name as village, r.address, r.phone,"
            + " r.birth_date, r.bedridden, r.lives_alone, p.pensions, p.certified_until, p.suspended_since,"
            + " v.id as visit_id, v.reason, v.requested_by, v.status as visit_status, v.scheduled_on, v.notes,"
            + " v.created_at as requested_at,"
            + " case when p.suspended_since is not null then 0 else 1 end as urgency,"
            + " case when r.bedridden or r.lives_alone then 0 else 1 end as vulnerability,"
            + " coalesce(p.certified_until, date '0001-01-01') as expiry"
            + " from resident r join area a on a.code = r.area_code"
            + " cross join lateral (select count(*) as pensions, min(b.certified_until) as certified_until,"
            + "   min(case when b.status = 'SUSPENDED' then b.suspended_since"
            + "            when b.certified_until + 1 + :grace <= :today then b.certified_until + 1 + :grace end)"
            + "     as suspended_since"
            + "   from pension_benefit b where b.resident_id = r.id and b.status <> 'TERMINATED') p"
            + " left join home_visit v on v.resident_id = r.id and v.status in ('REQUESTED', 'SCHEDULED')"
            + " where r.area_code in (:villages) and r.deceased_on is null %s"
            + " and (v.id is not null or p.pensions > 0 and (p.certified_until is null"
            + "   or p.certified_until <= :horizon or p.suspended_since is not null)))";

    private static final String COLUMNS = "select id, name, id_number_mask, area_code, village, address, phone,"
            + " birth_date, bedridden, lives_alone, pensions, certified_until, suspended_since, visit_id, reason,"
            + " requested_by, visit_status, scheduled_on, notes, requested_at, urgency, vulnerability, expiry"
            + " from person";

    /**
     * A window of the list: which villages (all the worker covers, code to name, or the one asked for), how far
     * ahead, as of which day.
     */
    record Scope(Map<String, String> villageNames, int dueWithinDays, LocalDate today, CertificationPolicy policy) {

        List<String> villages() {
            return List.copyOf(villageNames.keySet());
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ReferenceData reference;

    @Inject
    WorkerDirectory workers;

    @Inject
    ServicePointService servicePoints;

    @Inject
    AuditLog audit;

    /** One page of the work list, optionally of one village. Forward paging only. */
    @Transactional
    public Page<WorkListEntry> workList(long workerId, int dueWithinDays, String villageCode, PageRequest page) {
        if (page.backward()) {
            throw ApiException.badInput(Messages.msg().errorPageForwardOnly());
        }
        Scope scope = scope(workerId, dueWithinDays, villageCode);
        if (scope.villages().isEmpty()) {
            return page.page(List.of(), e -> e, WorkListService::cursor, 0);
        }
        String keyset = "";
        if (page.cursor() != null) {
            keyset = " where (urgency, vulnerability, expiry, id) > (:cu, :cv, :ce, :cid)";
        }
        Query rows = bind(em.createNativeQuery(PEOPLE.formatted("") + COLUMNS + keyset
                + " order by urgency, vulnerability, expiry, id limit :n"), scope).setParameter("n", page.fetchSize());
        if (page.cursor() != null) {
            Cursor c = page.cursor();
            rows.setParameter("cu", (int) c.longAt(0)).setParameter("cv", (int) c.longAt(1))
                    .setParameter("ce", c.dateAt(2)).setParameter("cid", c.longAt(3));
        }
        List<WorkListEntry> entries = entries(rows.getResultList(), scope);
        long total = ((Number) bind(em.createNativeQuery(PEOPLE.formatted("") + " select count(*) from person"), scope)
                .getSingleResult()).longValue();
        List<WorkListEntry> shown = entries.size() > page.size() ? entries.subList(0, page.size()) : entries;
        audit.recordAll("READ_WORK_LIST", shown.stream().map(WorkListEntry::id).toList(), null);
        return page.page(entries, e -> e, WorkListService::cursor, total);
    }

    /**
     * Everything for a day offline, or, given the token of an earlier package, only what changed since: people
     * who joined the list or whose entry changed, and the ids of those who left it.
     */
    @Transactional
    public FieldworkPackage fieldwork(long workerId, int dueWithinDays, String since) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Instant changedSince = since == null ? null : SyncToken.decode(since, workerId, dueWithinDays);
        Scope scope = scope(workerId, dueWithinDays, null);
        List<WorkListEntry> entries = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        boolean complete = true;
        if (!scope.villages().isEmpty()) {
            if (changedSince == null) {
                List<?> rows = bind(em.createNativeQuery(PEOPLE.formatted("") + COLUMNS
                        + " order by urgency, vulnerability, expiry, id limit :n"), scope)
                        .setParameter("n", MAX_PACKAGE_ENTRIES + 1).getResultList();
                entries = entries(rows, scope);
                complete = entries.size() <= MAX_PACKAGE_ENTRIES;
                if (!complete) {
                    entries = entries.subList(0, MAX_PACKAGE_ENTRIES);
                }
            } else {
                List<Long> changed = changedSince(scope, changedSince);
                if (!changed.isEmpty()) {
                    List<?> rows = bind(em.createNativeQuery(PEOPLE.formatted("and r.id in (:changed)") + COLUMNS
                            + " order by urgency, vulnerability, expiry, id"), scope)
                            .setParameter("changed", changed).getResultList();
                    entries = entries(rows, scope);
                    Set<Long> still = new HashSet<>(entries.stream().map(WorkListEntry::id).toList());
                    changed.stream().filter(id -> !still.contains(id)).map(String::valueOf).forEach(removed::add);
                }
            }
        }
        audit.recordAll("READ_FIELDWORK_PACKAGE", entries.stream().map(WorkListEntry::id).toList(), null);
        Map<String, ServicePoint> points = servicePoints.forVillages(scope.villages());
        List<FieldworkPackage.FieldworkVillage> villages = scope.villageNames().entrySet().stream()
                .map(v -> new FieldworkPackage.FieldworkVillage(v.getKey(), v.getValue(), points.get(v.getKey())))
                .toList();
        return new FieldworkPackage(SyncToken.encode(workerId, dueWithinDays, now.toInstant()), now,
                changedSince == null, entries, complete, removed, villages);
    }

    private Scope scope(long workerId, int dueWithinDays, String villageCode) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> villages = workers.villagesCoveredBy(workerId);
        if (villageCode != null) {
            // A village outside the worker's reach reads exactly like a village with nobody to see.
            villages = villages.containsKey(villageCode) ? Map.of(villageCode, villages.get(villageCode)) : Map.of();
        }
        return new Scope(villages, dueWithinDays, today, reference.certificationPolicy(today));
    }

    private static Query bind(Query query, Scope scope) {
        return query.setParameter("villages", scope.villages())
                .setParameter("grace", scope.policy().suspensionGraceDays())
                .setParameter("today", scope.today())
                .setParameter("horizon", scope.today().plusDays(scope.dueWithinDays()));
    }

    /** Residents of the scope whose entry may have changed since an instant. */
    @SuppressWarnings("unchecked")
    private List<Long> changedSince(Scope scope, Instant since) {
        LocalDate sinceDay = LocalDate.ofInstant(since, clock.getZone());
        int grace = scope.policy().suspensionGraceDays();
        List<Number> ids = em.createNativeQuery("select r.id from resident r where r.area_code in (:villages) and ("
                + " exists (select 1 from pension_benefit b join certification c on c.benefit_id = b.id"
                + "   where b.resident_id = r.id and c.certified_at >= :since)"
                + " or exists (select 1 from home_visit v where v.resident_id = r.id and v.updated_at >= :since)"
                + " or exists (select 1 from pension_benefit b where b.resident_id = r.id and b.status <> 'TERMINATED'"
                + "   and (b.suspended_since >= :sinceDay or b.certified_until + 1 + :grace between :sinceDay and :today"
                + "   or b.certified_until between :sinceHorizon and :horizon))"
                + " or r.deceased_on is not null and r.deceased_on >= :sinceDay)")
                .setParameter("villages", scope.villages()).setParameter("since", since.atOffset(ZoneOffset.UTC))
                .setParameter("sinceDay", sinceDay).setParameter("grace", grace)
                .setParameter("today", scope.today())
                .setParameter("sinceHorizon", sinceDay.plusDays(scope.dueWithinDays()))
                .setParameter("horizon", scope.today().plusDays(scope.dueWithinDays()))
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private List<WorkListEntry> entries(List<?> rows, Scope scope) {
        List<WorkListEntry> entries = new ArrayList<>(rows.size());
        List<Long> ids = new ArrayList<>(rows.size());
        for (Object row : rows) {
            ids.add(((Number) ((Object[]) row)[0]).longValue());
        }
        Map<Long, Object[]> lastVisits = lastVisits(ids);
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            LocalDate birth = SqlValues.localDate(r[7]);
            long pensions = ((Number) r[10]).longValue();
            LocalDate certifiedUntil = SqlValues.localDate(r[11]);
            LocalDate suspendedSince = SqlValues.localDate(r[12]);
            CertificationState state = pensions == 0 ? CertificationState.NOT_REQUIRED
                    : CertificationRules.state(certifiedUntil, scope.today(), scope.policy());
            OpenVisit visit = r[13] == null ? null
                    : new OpenVisit(String.valueOf(((Number) r[13]).longValue()), VisitReason.valueOf((String) r[14]),
                            RequestedBy.valueOf((String) r[15]), VisitStatus.valueOf((String) r[16]),
                            SqlValues.localDate(r[17]), (String) r[18], SqlValues.offsetDateTime(r[19]));
            Object[] last = lastVisits.get(id);
            entries.add(new WorkListEntry(String.valueOf(id), (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5], (String) r[6], Period.between(birth, scope.today()).getYears(),
                    (Boolean) r[8], (Boolean) r[9], state, certifiedUntil,
                    certifiedUntil == null ? null : (int) ChronoUnit.DAYS.between(scope.today(), certifiedUntil),
                    suspendedSince, visit, last == null ? null : VisitOutcome.valueOf((String) last[1]),
                    last == null ? null : SqlValues.offsetDateTime(last[2]), id, ((Number) r[20]).intValue(),
                    ((Number) r[21]).intValue(), SqlValues.localDate(r[22])));
        }
        return entries;
    }

    /** The last visit that took place, per resident, in one statement. */
    @SuppressWarnings("unchecked")
    private Map<Long, Object[]> lastVisits(List<Long> residentIds) {
        Map<Long, Object[]> result = new HashMap<>();
        if (residentIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = em.createNativeQuery("select distinct on (resident_id) resident_id, outcome, visited_at "
                + "from home_visit where resident_id in (:ids) and status = 'DONE' "
                + "order by resident_id, visited_at desc nulls last, id desc")
                .setParameter("ids", residentIds).getResultList();
        rows.forEach(row -> result.put(((Number) row[0]).longValue(), row));
        return result;
    }

    static Cursor cursor(WorkListEntry e) {
        return Cursor.of(e.urgencyRank(), e.vulnerabilityRank(), e.expiryKey(), e.id());
    }

    /**
     * The token of an offline package: whose, for which window, and when it was made. Opaque to the phone; a
     * token of another worker or window is refused.
     */
    static final class SyncToken {

        private SyncToken() {
        }

        static String encode(long workerId, int dueWithinDays, Instant at) {
            String json = new JsonObject().put("v", 1).put("w", workerId).put("d", dueWithinDays)
                    .put("at", at.toString()).encode();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        }

        static Instant decode(String token, long workerId, int dueWithinDays) {
            try {
                if (token.length() > 300) {
                    throw new IllegalArgumentException("too long");
                }
                JsonObject json = new JsonObject(new String(Base64.getUrlDecoder().decode(token),
                        StandardCharsets.UTF_8));
                if (json.getInteger("v", 0) != 1 || json.getLong("w", -1L) != workerId
                        || json.getInteger("d", -1) != dueWithinDays) {
                    throw new IllegalArgumentException("not for this request");
                }
                return Instant.parse(json.getString("at"));
            } catch (RuntimeException e) {
                throw ApiException.badInput(Messages.msg().errorSyncToken());
            }
        }
    }
}

package cn.civicservices.worker;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import cn.civicservices.admin.Jurisdiction;
import cn.civicservices.audit.AuditLog;
import cn.civicservices.common.Cursor;
import cn.civicservices.common.Messages;
import cn.civicservices.common.Msg;
import cn.civicservices.common.Page;
import cn.civicservices.common.PageRequest;

/**
 * An administrator assigns workers to the villages of their jurisdiction and sees each worker's load. A village has
 * at most one worker of its own at a time, held by the database (a unique index on the village-level rows of
 * {@code worker_area}): of two administrators assigning the same village at once, one wins and the other is told
 * who has it. A worker belongs to a jurisdiction when one of their assignments lies inside it, or when they have
 * none yet (a worker waiting for villages); any other worker answers exactly like one that does not exist.
 */
@ApplicationScoped
public class WorkerAdministration {

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    java.time.Clock clock;

    @Inject
    cn.civicservices.pension.ReferenceData reference;

    /** Assigns a village to a worker; atomically takes it from its current worker when asked to. */
    @Transactional
    public WorkerAssignmentPayload assign(Jurisdiction jurisdiction, WorkerVillageInput in) {
        WorkerEntity worker = workerIn(jurisdiction, in.workerId);
        WorkerAssignmentPayload unknown = unknown(jurisdiction, worker, in.villageCode);
        if (unknown != null) {
            return unknown;
        }
        if (!worker.active) {
            return WorkerAssignmentPayload.refused(error(WorkerAssignmentErrorCode.WORKER_INACTIVE,
                    Msg::assignWorkerInactive, "workerId"));
        }
        WorkerEntity replaced = null;
        if (in.replaceCurrent) {
            @SuppressWarnings("unchecked")
            List<Number> removed = em.createNativeQuery("delete from worker_area where area_code = ?1 and worker_id <> ?2 "
                    + "returning worker_id").setParameter(1, in.villageCode).setParameter(2, worker.id).getResultList();
            replaced = removed.isEmpty() ? null : WorkerEntity.findById(removed.get(0).longValue());
        }
        // The unique index decides between concurrent assignments: the loser inserts nothing.
        int inserted = em.createNativeQuery("insert into worker_area (worker_id, area_code) values (?1, ?2) "
                + "on conflict do nothing").setParameter(1, worker.id).setParameter(2, in.villageCode).executeUpdate();
        WorkerEntity current = assignedTo(in.villageCode);
        if (current == null || !current.id.equals(worker.id)) {
            String name = current == null ? "" : current.name;
            if (replaced != null) {
                // Nothing of this attempt may stay: the village goes back to whoever holds it now.
                throw new Reassigned(name);
            }
            return WorkerAssignmentPayload.refused(WorkerAssignmentError.of(WorkerAssignmentErrorCode.VILLAGE_ASSIGNED,
                    Messages.msg().assignVillageTaken(name), "input", "villageCode"));
        }
        if (inserted == 1) {
            audit.record("WORKER_VILLAGE_ASSIGNED", null, "worker " + worker.id + " to " + in.villageCode
                    + (replaced == null ? "" : ", replacing worker " + replaced.id));
        }
        return new WorkerAssignmentPayload(in.villageCode, WorkerContact.of(worker), WorkerContact.of(replaced),
                List.of());
    }

    /** Thrown to roll back a replacement that lost a race; the API answers VILLAGE_ASSIGNED. */
    public static final class Reassigned extends RuntimeException {
        final String holder;

        Reassigned(String holder) {
            super(null, null, false, false);
            this.holder = holder;
        }

        public WorkerAssignmentPayload payload() {
            return WorkerAssignmentPayload.refused(WorkerAssignmentError.of(WorkerAssignmentErrorCode.VILLAGE_ASSIGNED,
                    Messages.msg().assignVillageTaken(holder), "input", "villageCode"));
        }
    }

    /** The answer when the worker or the village is not of the jurisdiction (or does not exist); null when both are. */
    private WorkerAssignmentPayload unknown(Jurisdiction jurisdiction, WorkerEntity worker, String villageCode) {
        if (worker == null) {
            return WorkerAssignmentPayload.refused(error(WorkerAssignmentErrorCode.WORKER_NOT_FOUND,
                    Msg::assignWorkerNotFound, "workerId"));
        }
        if (!isVillageOf(jurisdiction, villageCode)) {
            return WorkerAssignmentPayload.refused(error(WorkerAssignmentErrorCode.VILLAGE_NOT_FOUND,
                    Msg::assignVillageNotFound, "villageCode"));
        }
        return null;
    }

    /** Takes a village from a worker; taking it again changes nothing and answers the same. */
    @Transactional
    public WorkerAssignmentPayload unassign(Jurisdiction jurisdiction, WorkerVillageInput in) {
        WorkerEntity worker = workerIn(jurisdiction, in.workerId);
        WorkerAssignmentPayload unknown = unknown(jurisdiction, worker, in.villageCode);
        if (unknown != null) {
            return unknown;
        }
        int removed = em.createNativeQuery("delete from worker_area where worker_id = ?1 and area_code = ?2")
                .setParameter(1, worker.id).setParameter(2, in.villageCode).executeUpdate();
        if (removed == 1) {
            audit.record("WORKER_VILLAGE_UNASSIGNED", null, "worker " + worker.id + " from " + in.villageCode);
        }
        return new WorkerAssignmentPayload(in.villageCode, WorkerContact.of(assignedTo(in.villageCode)), null,
                List.of());
    }

    /**
     * The workers of the jurisdiction with their load, most loaded first (then by id). A village counts for the
     * worker who serves it by the coverage rule (its own worker, else the most specific area's).
     */
    @SuppressWarnings("unchecked")
    public Page<WorkerWorkload> workload(Jurisdiction jurisdiction, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        int window = reference.certificationPolicy(today).dueWindowDays();
        String loads = "with served as (select distinct on (a.code) a.code as village, wa.worker_id "
                + "  from area a join worker_area wa on wa.area_code in (a.code, substr(a.code, 1, 9), "
                + "    substr(a.code, 1, 6), substr(a.code, 1, 4), substr(a.code, 1, 2)) "
                + "  join worker w on w.id = wa.worker_id and w.active "
                + "  where a.level = 'VILLAGE' and a.code like :pattern "
                + "  order by a.code, length(wa.area_code) desc, wa.worker_id), "
                + "workers as (select w.id, w.name, w.phone from worker w where w.active and exists "
                + "  (select 1 from worker_area wa where wa.worker_id = w.id and wa.area_code like :pattern)), "
                + "counted as (select w.id, w.name, w.phone, "
                + "  (select count(*) from served s where s.worker_id = w.id) as villages, "
                + "  (select count(distinct r.id) from served s join resident r on r.area_code = s.village "
                + "    join pension_benefit b on b.resident_id = r.id where s.worker_id = w.id "
                + "    and r.deceased_on is null and r.death_reported_on is null and b.status <> 'TERMINATED' "
                + "    and (b.certified_until is null or b.certified_until <= :horizon)) as due, "
                + "  (select count(*) from home_visit v where v.worker_id = w.id "
                + "    and v.status in ('REQUESTED', 'SCHEDULED')) as open_visits, "
                + "  (select count(*) from home_visit v where v.worker_id = w.id and v.needs_review) as flagged "
                + "  from workers w), "
                + "loaded as (select *, due + open_visits + flagged as load from counted) ";
        String where = "";
        if (page.cursor() != null) {
            where = page.backward() ? " where load > :load or (load = :load and id < :id)"
                    : " where load < :load or (load = :load and id > :id)";
        }
        String order = page.backward() ? " order by load asc, id desc" : " order by load desc, id asc";
        Query query = em.createNativeQuery(loads + "select id, name, phone, villages, due, open_visits, flagged, load "
                + "from loaded" + where + order + " limit " + page.fetchSize());
        query.setParameter("pattern", jurisdiction.codePattern()).setParameter("horizon", today.plusDays(window));
        if (page.cursor() != null) {
            query.setParameter("load", page.cursor().longAt(0)).setParameter("id", page.cursor().longAt(1));
        }
        List<Object[]> rows = query.getResultList();
        long total = ((Number) em.createNativeQuery("select count(*) from worker w where w.active and exists "
                + "(select 1 from worker_area wa where wa.worker_id = w.id and wa.area_code like ?1)")
                .setParameter(1, jurisdiction.codePattern()).getSingleResult()).longValue();
        return page.page(rows, r -> new WorkerWorkload(String.valueOf(r[0]), (String) r[1], (String) r[2],
                n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7])), r -> Cursor.of(n(r[7]), ((Number) r[0]).longValue()),
                total);
    }

    private static int n(Object value) {
        return ((Number) value).intValue();
    }

    /** The worker of this id if they belong to the jurisdiction (see the class comment), else null. */
    private WorkerEntity workerIn(Jurisdiction jurisdiction, String id) {
        long workerId;
        try {
            workerId = Long.parseLong(id.strip());
        } catch (RuntimeException e) {
            return null;
        }
        WorkerEntity worker = WorkerEntity.findById(workerId);
        if (worker == null) {
            return null;
        }
        List<?> areas = em.createNativeQuery("select area_code from worker_area where worker_id = ?1")
                .setParameter(1, workerId).getResultList();
        return areas.isEmpty() || areas.stream().anyMatch(a -> jurisdiction.covers((String) a)) ? worker : null;
    }

    private boolean isVillageOf(Jurisdiction jurisdiction, String code) {
        return code != null && code.matches("[0-9]{12}") && jurisdiction.covers(code)
                && ((Number) em.createNativeQuery("select count(*) from area where code = ?1 and level = 'VILLAGE'")
                        .setParameter(1, code).getSingleResult()).intValue() == 1;
    }

    /** The worker assigned to the village itself, if any. */
    private WorkerEntity assignedTo(String villageCode) {
        return em.createQuery("select w from WorkerArea wa, Worker w where w.id = wa.workerId and wa.areaCode = :code",
                WorkerEntity.class).setParameter("code", villageCode).getResultStream().findFirst().orElse(null);
    }

    private static WorkerAssignmentError error(WorkerAssignmentErrorCode code, Function<Msg, String> message,
            String field) {
        return WorkerAssignmentError.of(code, message.apply(Messages.msg()), "input", field);
    }
}

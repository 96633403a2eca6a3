package cn.civicservices.visit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.civicservices.audit.AuditLog;
import cn.civicservices.common.Cursor;
import cn.civicservices.common.Messages;
import cn.civicservices.common.Page;
import cn.civicservices.common.PageRequest;
import cn.civicservices.resident.ResidentEntity;
import cn.civicservices.resident.ResidentService;
import cn.civicservices.worker.WorkerContact;
import cn.civicservices.worker.WorkerDirectory;
import cn.civicservices.worker.WorkerEntity;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class HomeVisitService {

    static final int MAX_NOTE = 500;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ResidentService residents;

    @Inject
    WorkerDirectory workers;

    @Inject
    AuditLog audit;

    /**
     * Records a resident's request for a home visit, assigned to the worker of their village. Idempotent: the
     * same clientId returns the visit it created; an open request is returned instead of a second one.
     */
    @Transactional
    public HomeVisitRequestPayload request(long residentId, HomeVisitRequestInput input) {
        UUID clientId;
        try {
            clientId = UUID.fromString(input.clientId == null ? "" : input.clientId.trim());
        } catch (IllegalArgumentException e) {
            return refused(HomeVisitErrorCode.INVALID, Messages.msg().visitClientIdInvalid(), "clientId");
        }
        if (input.note != null && input.note.length() > MAX_NOTE) {
            return refused(HomeVisitErrorCode.INVALID, Messages.msg().visitNoteTooLong(), "note");
        }
        VisitReason reason = input.reason == null ? VisitReason.FACE_CHECK_FAILED : input.reason;
        RequestedBy requestedBy = input.requestedBy == null ? RequestedBy.RESIDENT : input.requestedBy;
        if (requestedBy != RequestedBy.RESIDENT && requestedBy != RequestedBy.RELATIVE) {
            return refused(HomeVisitErrorCode.INVALID, Messages.msg().visitRequesterInvalid(), "requestedBy");
        }
        ResidentEntity resident = residents.require(residentId);
        HomeVisitEntity same = HomeVisitEntity.find("clientId", clientId).firstResult();
        if (same != null) {
            return existing(same, residentId);
        }
        if (openVisit(residentId) != null) {
            return alreadyRequested(residentId);
        }
        WorkerEntity worker = workers.forAreas(List.of(resident.areaCode)).get(resident.areaCode);
        OffsetDateTime now = OffsetDateTime.now(clock);
        // Any conflict (this clientId already used, or another open visit created a moment ago) inserts nothing.
        int inserted = em.createNativeQuery("insert into home_visit (client_id, resident_id, worker_id, reason, "
                + "requested_by, status, notes, created_at, updated_at) values (?1, ?2, ?3, ?4, ?5, 'REQUESTED', ?6, ?7, ?7) "
                + "on conflict do nothing")
                .setParameter(1, clientId).setParameter(2, residentId).setParameter(3, worker == null ? null : worker.id)
                .setParameter(4, reason.name()).setParameter(5, requestedBy.name())
                .setParameter(6, input.note).setParameter(7, now)
                .executeUpdate();
        if (inserted == 0) {
            HomeVisitEntity raced = HomeVisitEntity.find("clientId", clientId).firstResult();
            return raced == null ? alreadyRequested(residentId) : existing(raced, residentId);
        }
        HomeVisitEntity visit = HomeVisitEntity.find("clientId", clientId).firstResult();
        audit.record("HOME_VISIT_REQUESTED", residentId, "visit " + visit.id);
        return new HomeVisitRequestPayload(view(visit, worker), List.of());
    }

    /** A retry returns the visit its clientId created; another person's clientId is refused, never shown. */
    private HomeVisitRequestPayload existing(HomeVisitEntity visit, long residentId) {
        return visit.residentId.equals(residentId) ? new HomeVisitRequestPayload(view(visit), List.of())
                : refused(HomeVisitErrorCode.CLIENT_ID_TAKEN, Messages.msg().visitClientIdTaken(), "clientId");
    }

    /** The resident's open (requested or scheduled) visit, if any: the database allows at most one. */
    public HomeVisitEntity openVisit(long residentId) {
        return HomeVisitEntity.<HomeVisitEntity> find("residentId = ?1 and status in ?2 order by createdAt desc",
                residentId, List.of(VisitStatus.REQUESTED, VisitStatus.SCHEDULED)).firstResult();
    }

    private HomeVisitRequestPayload alreadyRequested(long residentId) {
        return new HomeVisitRequestPayload(view(openVisit(residentId)), List.of(HomeVisitError.of(
                HomeVisitErrorCode.ALREADY_REQUESTED, Messages.msg().visitAlreadyRequested())));
    }

    /** A resident's own visits, newest first. */
    @Transactional
    public Page<HomeVisit> ofResident(long residentId, PageRequest page) {
        long total = HomeVisitEntity.count("residentId", residentId);
        StringBuilder where = new StringBuilder("residentId = :resident");
        Parameters params = Parameters.with("resident", residentId);
        if (page.cursor() != null) {
            where.append(page.backward() ? " and id > :cursor" : " and id < :cursor");
            params.and("cursor", page.cursor().longAt(0));
        }
        List<HomeVisitEntity> rows = HomeVisitEntity.<HomeVisitEntity> find(where
                + (page.backward() ? " order by id asc" : " order by id desc"), params)
                .page(0, page.fetchSize()).list();
        Map<Long, WorkerEntity> byId = workers.byIds(rows.stream().map(v -> v.workerId).toList());
        audit.record("READ_HOME_VISITS", residentId, null);
        return page.page(rows, v -> HomeVisit.of(v, WorkerContact.of(byId.get(v.workerId))),
                v -> Cursor.of(v.id), total);
    }

    private HomeVisit view(HomeVisitEntity visit) {
        return view(visit, visit.workerId == null ? null : WorkerEntity.findById(visit.workerId));
    }

    private static HomeVisit view(HomeVisitEntity visit, WorkerEntity worker) {
        return HomeVisit.of(visit, WorkerContact.of(worker));
    }

    private static HomeVisitRequestPayload refused(HomeVisitErrorCode code, String message, String field) {
        return new HomeVisitRequestPayload(null, List.of(HomeVisitError.of(code, message, "input", field)));
    }
}

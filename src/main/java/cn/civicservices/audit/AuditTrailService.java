package cn.civicservices.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.civicservices.admin.Jurisdiction;
import cn.civicservices.common.ApiException;
import cn.civicservices.common.Cursor;
import cn.civicservices.common.Messages;
import cn.civicservices.common.Page;
import cn.civicservices.common.PageRequest;
import cn.civicservices.common.SqlValues;

/**
 * The audit trail for an administrator: records about the people of the jurisdiction (and the administrator's
 * own records about nobody in particular), newest first, keyset-paginated on (at, id). Each read is itself
 * audited, after the page is read, so it shows from the next read on.
 */
@ApplicationScoped
public class AuditTrailService {

    /** A filter bound to a jurisdiction and a caller: the same rows for the page and for its count. */
    public record Query(String areaPattern, String caller, Long residentId, String actor, String action,
            OffsetDateTime from, OffsetDateTime to) {

        String where() {
            StringBuilder where = new StringBuilder(" from audit_log l left join resident r on r.id = l.resident_id"
                    + " where (r.area_code like :area or (l.resident_id is null and l.actor = :caller))");
            if (residentId != null) {
                where.append(" and l.resident_id = :resident");
            }
            if (actor != null) {
                where.append(" and l.actor = :actor");
            }
            if (action != null) {
                where.append(" and l.action = :action");
            }
            if (from != null) {
                where.append(" and l.at >= :from");
            }
            if (to != null) {
                where.append(" and l.at < :to");
            }
            return where.toString();
        }

        jakarta.persistence.Query bind(jakarta.persistence.Query q) {
            q.setParameter("area", areaPattern).setParameter("caller", caller);
            if (residentId != null) {
                q.setParameter("resident", residentId);
            }
            if (actor != null) {
                q.setParameter("actor", actor);
            }
            if (action != null) {
                q.setParameter("action", action);
            }
            if (from != null) {
                q.setParameter("from", from);
            }
            if (to != null) {
                q.setParameter("to", to);
            }
            return q;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Transactional
    public AuditEntryConnection trail(Jurisdiction jurisdiction, String caller, AuditTrailFilter filter,
            PageRequest page) {
        if (page.backward()) {
            throw ApiException.badInput(Messages.msg().errorPageForwardOnly());
        }
        AuditTrailFilter f = filter == null ? new AuditTrailFilter() : filter;
        if (f.from != null && f.to != null && !f.from.isBefore(f.to)) {
            throw ApiException.badInput(Messages.msg().errorTimeRange());
        }
        Long resident = f.residentId == null ? null : id(f.residentId);
        Query query = new Query(jurisdiction.codePattern(), caller, resident, f.actor, f.action, f.from, f.to);
        String sql = "select l.id, l.at, l.actor, l.actor_role, l.action, l.resident_id, r.name, l.detail"
                + query.where();
        if (page.cursor() != null) {
            sql += " and (l.at, l.id) < (:cat, :cid)";
        }
        jakarta.persistence.Query rows = query.bind(em.createNativeQuery(sql + " order by l.at desc, l.id desc limit :n"))
                .setParameter("n", page.fetchSize());
        if (page.cursor() != null) {
            rows.setParameter("cat", page.cursor().timeAt(0)).setParameter("cid", page.cursor().longAt(1));
        }
        List<AuditEntry> entries = new ArrayList<>();
        for (Object row : rows.getResultList()) {
            Object[] r = (Object[]) row;
            entries.add(new AuditEntry(String.valueOf(r[0]), SqlValues.offsetDateTime(r[1]), (String) r[2],
                    (String) r[3], (String) r[4], r[5] == null ? null : String.valueOf(r[5]), (String) r[6],
                    (String) r[7]));
        }
        Page<AuditEntry> result = page.page(entries, e -> e, e -> Cursor.of(e.at().toString(), e.id()),
                Page.NOT_COUNTED);
        Long visibleResident = resident != null && entries.isEmpty() ? visible(resident, query) : resident;
        audit.record("READ_AUDIT_TRAIL", visibleResident, describe(f));
        return AuditEntryConnection.of(result, query);
    }

    @Transactional
    public int count(Query query) {
        return ((Number) query.bind(em.createNativeQuery("select count(*)" + query.where())).getSingleResult())
                .intValue();
    }

    /** The resident if they exist inside the jurisdiction (an audit record may name them); null otherwise. */
    private Long visible(long resident, Query query) {
        List<?> found = em.createNativeQuery("select id from resident where id = ?1 and area_code like ?2")
                .setParameter(1, resident).setParameter(2, query.areaPattern()).getResultList();
        return found.isEmpty() ? null : resident;
    }

    private static String describe(AuditTrailFilter f) {
        StringBuilder d = new StringBuilder("filter");
        if (f.residentId != null) {
            d.append(" resident=").append(f.residentId);
        }
        if (f.actor != null) {
            d.append(" actor=").append(f.actor);
        }
        if (f.action != null) {
            d.append(" action=").append(f.action);
        }
        if (f.from != null) {
            d.append(" from=").append(f.from);
        }
        if (f.to != null) {
            d.append(" to=").append(f.to);
        }
        return d.length() > 500 ? d.substring(0, 500) : d.toString();
    }

    private static long id(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}

package cn.civicservices.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.civicservices.common.Caller;

/**
 * Records who read or changed whose personal data. Written in the transaction of the read or the change, so a
 * record exists exactly when the data was served or changed.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, Long residentId, String detail) {
        em.createNativeQuery("insert into audit_log (at, actor, actor_role, action, resident_id, detail) "
                + "values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, OffsetDateTime.now(clock))
                .setParameter(2, caller.subject())
                .setParameter(3, caller.auditRole())
                .setParameter(4, action)
                .setParameter(5, residentId)
                .setParameter(6, detail)
                .executeUpdate();
    }

    /** One record for each of several residents, in one statement: a list read shows many people at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(String action, Collection<Long> residentIds, String detail) {
        if (residentIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("insert into audit_log (at, actor, actor_role, action, resident_id, detail) "
                + "select ?1, ?2, ?3, ?4, id, ?5 from resident where id in (?6)")
                .setParameter(1, OffsetDateTime.now(clock))
                .setParameter(2, caller.subject())
                .setParameter(3, caller.auditRole())
                .setParameter(4, action)
                .setParameter(5, detail)
                .setParameter(6, residentIds)
                .executeUpdate();
    }

    /** One audit record to write: what was done, to whom, with what detail. */
    public record Entry(String action, Long residentId, String detail) {
    }

    /** Several records, each with its own action and detail, in one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordEach(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        em.createNativeQuery("insert into audit_log (at, actor, actor_role, action, resident_id, detail) "
                + "select ?1, ?2, ?3, e.action, e.resident_id, e.detail from unnest(?4, ?5, ?6) "
                + "as e(action, resident_id, detail)")
                .setParameter(1, OffsetDateTime.now(clock))
                .setParameter(2, caller.subject())
                .setParameter(3, caller.auditRole())
                .setParameter(4, entries.stream().map(Entry::action).toArray(String[]::new))
                .setParameter(5, entries.stream().map(Entry::residentId).toArray(Long[]::new))
                .setParameter(6, entries.stream().map(Entry::detail).toArray(String[]::new))
                .executeUpdate();
    }
}

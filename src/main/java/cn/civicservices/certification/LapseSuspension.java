package cn.civicservices.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import cn.civicservices.common.DatabaseSchema;
import cn.civicservices.pension.ReferenceData;
import cn.civicservices.pension.ReferenceData.CertificationPolicy;
import io.quarkus.scheduler.Scheduled;

/**
 * Suspends the payment of every pension whose certification has lapsed past the grace days of the policy, and
 * audits each suspension. It runs every hour (and once right after start), in the county's calendar; a run finds
 * only what has lapsed since the last one, so running it again, or on several replicas at once, suspends nothing
 * twice: each benefit is suspended by one conditional update of its own row, which a concurrent certification
 * locks first.
 */
@ApplicationScoped
public class LapseSuspension {

    private static final Logger LOG = Logger.getLogger(LapseSuspension.class);

    /** Audit actor of the suspensions the service makes by itself. */
    public static final String ACTOR = "system:certification-lapse";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DatabaseSchema database;

    @Inject
    ReferenceData reference;

    @Scheduled(identity = "certification-lapse", every = "${civic.certification.lapse-check-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        database.whenReachable("Lapsed certifications", this::run).filter(suspended -> suspended > 0)
                .ifPresent(suspended -> LOG.infof("Suspended %d pensions whose certification lapsed", suspended));
    }

    /** Suspends what has lapsed as of today in the county; returns how many pensions it suspended. */
    @Transactional
    public int run() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        CertificationPolicy policy = reference.certificationPolicy(today);
        // A benefit lapses on certified_until + 1 + grace days; the update re-checks its own row after any
        // concurrent certification, so a person certified a moment ago is never suspended.
        return em.createNativeQuery("with suspended as ("
                + " update pension_benefit set status = 'SUSPENDED', suspended_since = certified_until + 1 + ?1"
                + " where status = 'ACTIVE' and certified_until + 1 + ?1 <= ?2"
                + " returning id, resident_id, suspended_since)"
                + " insert into audit_log (at, actor, actor_role, action, resident_id, detail)"
                + " select ?3, ?4, 'system', 'PENSION_SUSPENDED_LAPSED', resident_id,"
                + " 'benefit ' || id || ' suspended since ' || suspended_since from suspended")
                .setParameter(1, policy.suspensionGraceDays()).setParameter(2, today).setParameter(3, now)
                .setParameter(4, ACTOR)
                .executeUpdate();
    }
}

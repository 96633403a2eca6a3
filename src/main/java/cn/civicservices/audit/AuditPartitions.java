package cn.civicservices.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import cn.civicservices.common.DatabaseSchema;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Keeps the monthly partitions of the audit log (migration V12): the partitions of this month and of the next
 * {@link AuditConfig#monthsAhead()} exist, and the months older than the retention are dropped whole. Runs at
 * start and then every {@code civic.audit.partitions-every} (12 hours); running it twice, or on several replicas
 * at once, does nothing twice (one transaction under an advisory lock).
 */
@ApplicationScoped
public class AuditPartitions {

    private static final Logger LOG = Logger.getLogger(AuditPartitions.class);
    private static final Pattern NAME = Pattern.compile("audit_log_y(\\d{4})m(\\d{2})");
    private static final long LOCK = 0x61756469744c6fL;

    @ConfigMapping(prefix = "civic.audit")
    public interface AuditConfig {
        /** Whole months of audit records kept before the current one; older months are dropped. */
        @WithDefault("36")
        int retentionMonths();

        /** Months after the current one whose partitions are created ahead. */
        @WithDefault("3")
        int monthsAhead();
    }

    /** What a run did. */
    public record Result(List<String> created, List<String> dropped) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DatabaseSchema database;

    @Inject
    AuditConfig config;

    @Scheduled(identity = "audit-partitions", every = "${civic.audit.partitions-every:12h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        database.whenReachable("Audit log partitions", this::run).ifPresent(result -> {
            if (!result.created().isEmpty() || !result.dropped().isEmpty()) {
                LOG.infof("Audit log partitions created %s, dropped past the retention of %d months %s",
                        result.created(), config.retentionMonths(), result.dropped());
            }
        });
    }

    @Transactional
    public Result run() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK).getSingleResult();
        YearMonth current = YearMonth.from(LocalDate.now(clock));
        List<String> created = new ArrayList<>();
        for (int i = 0; i <= config.monthsAhead(); i++) {
            YearMonth month = current.plusMonths(i);
            boolean made = (Boolean) em.createNativeQuery("select audit_log_ensure_partition(?1)")
                    .setParameter(1, month.atDay(1)).getSingleResult();
            if (made) {
                created.add(month.toString());
            }
        }
        YearMonth oldestKept = current.minusMonths(config.retentionMonths());
        List<String> dropped = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<String> partitions = em.createNativeQuery("select c.relname from pg_inherits i "
                + "join pg_class c on c.oid = i.inhrelid where i.inhparent = 'audit_log'::regclass order by 1")
                .getResultList();
        for (String partition : partitions) {
            Matcher m = NAME.matcher(partition);
            if (m.matches() && YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                    .isBefore(oldestKept)) {
                em.createNativeQuery("alter table audit_log detach partition " + partition).executeUpdate();
                em.createNativeQuery("drop table " + partition).executeUpdate();
                dropped.add(partition);
            }
        }
        return new Result(created, dropped);
    }
}

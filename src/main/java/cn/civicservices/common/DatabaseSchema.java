package cn.civicservices.common;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SchemaValidationException;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Brings the database schema up to date (Flyway) and checks that the entities match it (Hibernate), at start if the
 * database answers, or else in the background as soon as it does: the application starts without its database,
 * answers SERVICE_UNAVAILABLE and reports readiness DOWN meanwhile, and needs no restart when it comes.
 * <p>
 * A migration that fails for another reason than the database being out of reach, or entities that do not match the
 * migrated schema, stop the application, as a failed start did before.
 */
@ApplicationScoped
public class DatabaseSchema {

    private static final Logger LOG = Logger.getLogger(DatabaseSchema.class);

    /** Fired once, when the schema is migrated and checked: what needs the database at start waits for it. */
    public record Ready() {
    }

    @ConfigMapping(prefix = "civic.database")
    public interface DatabaseConfig {

        /** How long to wait before trying again to migrate a database that was out of reach. */
        @WithDefault("5s")
        Duration retryEvery();
    }

    @Inject
    Flyway flyway;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    DatabaseConfig config;

    @Inject
    Event<Ready> ready;

    private volatile boolean migrated;
    private volatile String lastReason;
    private int attempts;
    private ScheduledExecutorService retries;

    /** Whether the schema is migrated and checked: until then nothing reads or writes the database. */
    public boolean isReady() {
        return migrated;
    }

    /**
     * Runs a scheduled job when the database can take it: not at all while the schema is not ready, and a database
     * out of reach during the run is one WARN line naming the job (no stack trace), the next run coming as scheduled.
     * Any other failure is the job's own and propagates. The job's result, or empty when it did not run.
     */
    public <T> Optional<T> whenReachable(String job, Supplier<T> run) {
        if (!isReady()) {
            return Optional.empty();
        }
        try {
            return Optional.of(run.get());
        } catch (RuntimeException e) {
            String unavailable = DatabaseUnavailable.reason(e);
            if (unavailable == null) {
                throw e;
            }
            LOG.warnf("%s not run: the database is out of reach (%s); next run as scheduled", job, unavailable);
            return Optional.empty();
        }
    }

    /** Why the last attempt found the database out of reach, or null. */
    public String lastReason() {
        return lastReason;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        if (!attempt()) {
            retries = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "database-schema");
                thread.setDaemon(true);
                return thread;
            });
            scheduleRetry();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (retries != null) {
            retries.shutdownNow();
        }
    }

    private void scheduleRetry() {
        long millis = config.retryEvery().toMillis();
        retries.schedule(() -> {
            try {
                if (!attempt()) {
                    scheduleRetry();
                } else {
                    retries.shutdown();
                }
            } catch (RuntimeException e) {
                LOG.error("The database schema could not be migrated or does not match the entities; stopping", e);
                Quarkus.asyncExit(1);
            }
        }, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Migrates and checks the schema; false if the database is out of reach (to be tried again), an exception if
     * it fails otherwise.
     */
    synchronized boolean attempt() {
        if (migrated) {
            return true;
        }
        attempts++;
        try {
            flyway.migrate();
            entityManagerFactory.getSchemaManager().validate();
        } catch (SchemaValidationException e) {
            throw new IllegalStateException("The entities do not match the migrated database schema", e);
        } catch (RuntimeException e) {
            String reason = DatabaseUnavailable.reason(e);
            if (reason == null) {
                throw e;
            }
            lastReason = reason;
            long every = config.retryEvery().toSeconds();
            if (attempts == 1 || attempts % Math.max(1, 60 / Math.max(1, every)) == 0) {
                LOG.warnf("The database is out of reach (%s): GraphQL answers SERVICE_UNAVAILABLE and readiness is "
                        + "DOWN until it answers; migration tried again every %s (attempt %d)", reason,
                        config.retryEvery(), attempts);
            }
            return false;
        }
        migrated = true;
        lastReason = null;
        if (attempts > 1) {
            LOG.infof("The database answers again: schema migrated and checked after %d attempts", attempts);
        }
        ready.fire(new Ready());
        return true;
    }

    /** Readiness: DOWN until the schema is migrated and checked (the pool's own check says whether it answers now). */
    @Readiness
    @ApplicationScoped
    static class Check implements HealthCheck {

        @Inject
        DatabaseSchema schema;

        @Override
        public HealthCheckResponse call() {
            boolean ready = schema.isReady();
            String reason = schema.lastReason();
            var response = HealthCheckResponse.named("Database schema").status(ready);
            if (!ready && reason != null) {
                response.withData("reason", reason);
            }
            return response.build();
        }
    }
}

package cn.civicservices.common;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * Warns when a production run carries the embedded PostgreSQL of dev and test, which starts a second database
 * inside the application and needs writable disk: production artifacts are built with {@code -Dproduction}.
 */
@Singleton
@IfBuildProfile("prod")
public class ProductionBuildCheck {

    private static final Logger LOG = Logger.getLogger(ProductionBuildCheck.class);

    static final String EMBEDDED_DATABASE = "io.quarkiverse.embedded.postgresql.EmbeddedPostgreSQLRecorder";

    void onStart(@Observes StartupEvent event) {
        if (embeddedDatabasePresent() && "prod".equals(io.quarkus.runtime.configuration.ConfigUtils.getProfiles().get(0))) {
            LOG.warn("This build carries the embedded PostgreSQL of dev and test, which starts beside the configured "
                    + "database. Build production artifacts with: ./mvnw package -Dproduction");
        }
    }

    static boolean embeddedDatabasePresent() {
        try {
            Class.forName(EMBEDDED_DATABASE, false, ProductionBuildCheck.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}

package cn.civicservices.common;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * Drops the two warnings that the embedded PostgreSQL of dev mode and the tests causes at every start, and that ask
 * nothing of anyone: it declares a reactive URL although no reactive client is used, and it registers a
 * connection configurer without an exception sorter. Enabled in dev, test and the integration tests only
 * ({@code quarkus.log.console.filter}); production has no embedded database and keeps every warning.
 */
@LoggingFilter(name = "harmless-startup-warnings")
public final class HarmlessStartupWarnings implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record.getMessage();
        if (message == null) {
            return true;
        }
        if (message.startsWith("Unrecognized configuration key") && record.getParameters() != null
                && record.getParameters().length > 0
                && "quarkus.datasource.reactive.url".equals(String.valueOf(record.getParameters()[0]))) {
            return false;
        }
        return !message.startsWith("Agroal does not support detecting if a connection is still usable");
    }
}

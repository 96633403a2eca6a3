package cn.civicservices.common;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a failure caused by the database being out of reach (down, restarting, refusing connections, the pool
 * unable to get one in time) from any other failure. Such a failure is answered with SERVICE_UNAVAILABLE and
 * logged as one line, without a stack trace: it says nothing about the code and everything about the database.
 */
public final class DatabaseUnavailable {

    /**
     * SQLSTATEs of a database out of reach: class 08 (connection exception) is matched by prefix; 57P01 to 57P03
     * are an administrator's or a crash's shutdown and "the database is starting up"; 53300 is too many
     * connections.
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseUnavailable() {
    }

    /** Whether the failure, or any failure in its cause chain, is the database being out of reach. */
    public static boolean is(Throwable failure) {
        return reason(failure) != null;
    }

    /**
     * A short description of why the database is out of reach, fit for a log line (an exception class and an
     * SQLSTATE, never a message, which may carry a host name or values), or null if it is not. The causes are read,
     * and the failures suppressed beside them: a commit that fails because its connection was terminated is a
     * {@code RollbackException} with no cause, whose reason the transaction manager adds as suppressed failures of
     * the connection's resource.
     */
    public static String reason(Throwable failure) {
        return reason(failure, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static String reason(Throwable failure, int depth, Set<Throwable> seen) {
        for (Throwable t = failure; t != null && depth < 32 && seen.add(t); t = t.getCause(), depth++) {
            String own = ownReason(t);
            if (own != null) {
                return own;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                String beside = reason(suppressed, depth + 1, seen);
                if (beside != null) {
                    return beside;
                }
            }
        }
        return null;
    }

    private static String ownReason(Throwable t) {
        String state = t instanceof SQLException sql ? sql.getSQLState() : null;
        if (state != null && (state.startsWith("08") || STATES.contains(state))) {
            return t.getClass().getSimpleName() + " SQLSTATE " + state;
        }
        if (t instanceof SQLTransientConnectionException || t instanceof ConnectException
                || t instanceof SocketTimeoutException) {
            return t.getClass().getSimpleName();
        }
        // The pool's own timeout while waiting for a connection carries no SQLSTATE.
        if (t instanceof SQLException && t.getMessage() != null
                && t.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
            return "connection pool acquisition timeout";
        }
        // A connection that could not join its transaction marks it for rollback, unseen by the code that ran.
        if (t instanceof QuietRollbackGuard.QuietRollback) {
            return "transaction marked for rollback by a failure of its connection";
        }
        if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
            return t.getClass().getSimpleName();
        }
        return null;
    }
}

package cn.civicservices.common;

import java.sql.SQLException;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A failure made fit for the log: the same chain of causes with the same stack traces, each message replaced by
 * its exception class, the SQLSTATE and the constraint at fault. Messages of the driver, Hibernate or validation
 * may repeat the values of a statement or an argument (an ID number, a name); the class, the state and the
 * stack tell an operator where it failed without them.
 */
public final class Redacted extends RuntimeException {

    private Redacted(String description, Throwable cause) {
        super(description, cause, false, true);
    }

    /** The failure's chain, redacted; null for null. */
    public static Throwable of(Throwable failure) {
        return copy(failure, 0);
    }

    private static Throwable copy(Throwable t, int depth) {
        if (t == null || depth > 32) {
            return null;
        }
        Throwable cause = t.getCause() == t ? null : t.getCause();
        Redacted copy = new Redacted(describe(t), copy(cause, depth + 1));
        copy.setStackTrace(t.getStackTrace());
        return copy;
    }

    /** The class of a failure, with the SQLSTATE and the constraint of a database error. */
    public static String describe(Throwable t) {
        StringBuilder text = new StringBuilder(t.getClass().getName());
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            text.append(" SQLSTATE ").append(sql.getSQLState());
        }
        if (t instanceof PSQLException psql) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            if (server != null && server.getConstraint() != null) {
                text.append(" constraint ").append(server.getConstraint());
            }
        }
        return text.toString();
    }
}

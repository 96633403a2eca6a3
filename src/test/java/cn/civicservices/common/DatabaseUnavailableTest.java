package cn.civicservices.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.SQLException;

import javax.transaction.xa.XAException;

import org.junit.jupiter.api.Test;

import jakarta.transaction.RollbackException;

/**
 * A database out of reach told from any other failure, also where the reason is not in the chain of causes: a
 * commit whose connection the server terminated fails as a {@code RollbackException} without a cause, and the
 * transaction manager adds what the connection's resource said as suppressed failures (seen in
 * {@code DatabaseOutageTest}, where it was answered INTERNAL).
 */
class DatabaseUnavailableTest {

    @Test
    void aCommitFailedByATerminatedConnectionIsTheDatabaseOutOfReach() {
        assertEquals("SQLException SQLSTATE 57P01", DatabaseUnavailable.reason(commitFailed("57P01")));
    }

    @Test
    void aCommitFailedForAnotherReasonIsNot() {
        assertNull(DatabaseUnavailable.reason(commitFailed("23505")));
    }

    @Test
    void failuresThatSuppressEachOtherAreReadOnce() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.addSuppressed(second);

        assertNull(DatabaseUnavailable.reason(second));
    }

    /** A commit refused as the transaction manager reports it, seen through the interceptor that ran it. */
    private static RuntimeException commitFailed(String sqlState) {
        XAException commit = new XAException("Error trying to transactionCommit local transaction");
        commit.initCause(new SQLException("the server's refusal", sqlState));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(commit);
        return new RuntimeException("from the interceptor", rollback);
    }
}

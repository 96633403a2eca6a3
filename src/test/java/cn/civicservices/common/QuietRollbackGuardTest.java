package cn.civicservices.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.civicservices.area.AreaEntity;
import cn.civicservices.common.QuietRollbackGuard.QuietRollback;
import cn.civicservices.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A transaction marked for rollback under code that went on as if nothing had failed is refused, not rolled back
 * in silence behind a normal answer; with the real transaction manager, Hibernate and PostgreSQL.
 */
@QuarkusTest
class QuietRollbackGuardTest {

    /** A village that no seed has: written only by the transactions of this test, which must all roll back. */
    private static final String CODE = Fixtures.VILLAGE.substring(0, 9) + "977";

    @Inject
    Steps steps;

    @Inject
    Fixtures fixtures;

    @AfterEach
    void removeTheVillage() {
        fixtures.execute("delete from area where code = ?", CODE);
    }

    @Test
    void aTransactionalMethodThatSwallowedAFailureIsRefusedAndWritesNothing() {
        QuietRollback refused = assertThrows(QuietRollback.class, () -> steps.writeThenSwallowAFailure(CODE));
        assertEquals(0, fixtures.count("select count(*) from area where code = ?", CODE));
        // Answered like a database out of reach: SERVICE_UNAVAILABLE, nothing written, safe to send again.
        assertTrue(DatabaseUnavailable.is(refused));
        assertEquals(ErrorCode.SERVICE_UNAVAILABLE, GraphQLErrorCodes.toApiException(refused).code());
    }

    @Test
    void aTransactionalMethodThatEndsWellCommits() {
        steps.write(CODE);
        assertEquals(1, fixtures.count("select count(*) from area where code = ?", CODE));
    }

    @Test
    void hibernateAnswersNullInATransactionMarkedForRollbackAndTheGuardRefusesWhatFollows() {
        assertThrows(QuietRollback.class, () -> QuietRollbackGuard.requiringNew(() -> {
            QuarkusTransaction.setRollbackOnly();
            // The hazard itself: the village exists, but the connection cannot join a transaction marked for
            // rollback, and Hibernate's find logs that and answers "no such row".
            assertNull(AreaEntity.findById(Fixtures.VILLAGE));
            return null;
        }));
    }

    @ApplicationScoped
    static class Steps {

        @Inject
        EntityManager em;

        @Inject
        Failing failing;

        @Transactional
        void write(String code) {
            em.createNativeQuery("insert into area (code, name, level, parent_code) values (?1, 'test', 'VILLAGE', ?2)")
                    .setParameter(1, code).setParameter(2, code.substring(0, 9)).executeUpdate();
        }

        @Transactional
        void writeThenSwallowAFailure(String code) {
            write(code);
            try {
                failing.fail();
            } catch (IllegalStateException expected) {
                // Seen and dropped: the transaction is marked for rollback all the same.
            }
        }
    }

    @ApplicationScoped
    static class Failing {

        @Transactional
        void fail() {
            throw new IllegalStateException("a failure inside the transaction");
        }
    }
}

package cn.civicservices.common;

import java.util.concurrent.Callable;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A transaction that something marked for rollback must not end as if its work had been done.
 * <p>
 * When a pooled connection cannot join a transaction (it was closed under the pool, e.g. by a restart of the
 * database), the transaction manager marks the transaction for rollback, and Hibernate's {@code find} then logs the
 * failure and answers null instead of throwing (HHH-12472). The code above it sees "no such row" and goes on: a
 * service point's village "does not exist", and the caller gets a domain answer for work that never ran. At the
 * end of the transaction, Quarkus rolls back a transaction marked so without a word.
 * <p>
 * This interceptor runs just inside {@code @Transactional} (of the default kind, REQUIRED): when the method returns
 * normally but its transaction is marked for rollback, it throws {@link QuietRollback}, so that the rollback is
 * answered SERVICE_UNAVAILABLE (nothing was written; sending it again is safe) instead of whatever the method made
 * of the missing rows. Transactions begun with {@link #requiringNew(Callable)} are checked the same way.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 201)
public class QuietRollbackGuard {

    @AroundInvoke
    Object refuseQuietRollback(InvocationContext context) throws Exception {
        Object result = context.proceed();
        check();
        return result;
    }

    /**
     * Work in a transaction of its own, committed if it returns normally: {@code QuarkusTransaction.requiringNew()},
     * checked like a {@code @Transactional} method.
     */
    public static <T> T requiringNew(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            T result = work.call();
            check();
            return result;
        });
    }

    private static void check() {
        if (QuarkusTransaction.isActive() && QuarkusTransaction.isRollbackOnly()) {
            throw new QuietRollback();
        }
    }

    /** The transaction was marked for rollback by a failure that did not reach the code that ran in it. */
    public static final class QuietRollback extends RuntimeException {

        QuietRollback() {
            super("the transaction was marked for rollback by a failure that its code did not see", null, false,
                    false);
        }
    }
}

package cn.civicservices.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.civicservices.common.RequestId;
import cn.civicservices.support.Fixtures;
import cn.civicservices.support.LogCapture;
import cn.civicservices.support.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.restassured.RestAssured;
import io.vertx.ext.web.RoutingContext;

/**
 * A caller that goes away in the middle of a request (a phone losing its network) does not cut the request short:
 * the operation runs to its end with its database session, what it audits is written, nothing is logged as a
 * failure, and its request context ends once, afterwards. The request is held on a table lock while its
 * connection is closed, then let go.
 */
@QuarkusTest
class ClientDisconnectTest {

    @Inject
    Fixtures db;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EndedRequests ended;

    /** The request ids of the request contexts that ended, of the requests this test sends. */
    @ApplicationScoped
    static class EndedRequests {

        private final List<String> ids = new CopyOnWriteArrayList<>();

        List<String> ids() {
            return List.copyOf(ids);
        }

        void ending(@Observes @BeforeDestroyed(RequestScoped.class) Object event) {
            RoutingContext http;
            try {
                http = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
            } catch (ContextNotActiveException e) {
                return; // a context ended from a thread that runs another, or none
            }
            String id = http == null ? null : http.request().getHeader(RequestId.HEADER);
            if (id != null && id.startsWith("disconnect-")) {
                ids.add(id);
            }
        }
    }

    @Test
    void aPublicReadWhoseCallerLeftFinishesWithoutAFailure() throws Exception {
        String id = "disconnect-area-" + System.nanoTime();
        String body = "{\"query\":\"{ area(code: \\\"140723\\\") { code name parent { name } } }\"}";
        try (LogCapture log = LogCapture.start()) {
            leaveWhileHeldBy("lock table area in access exclusive mode", id, body, null);
            awaitEnded(id);
            assertNoFailureLogged(log);
        }
    }

    @Test
    void anAuditedReadWhoseCallerLeftIsAuditedAndFinishesWithoutAFailure() throws Exception {
        long resident = db.resident("disconnect1", LocalDate.of(1950, 3, 3), false);
        db.suspendedPension(resident, LocalDate.of(2026, 9, 1));
        String id = "disconnect-status-" + System.nanoTime();
        String body = "{\"query\":\"{ myPensionStatus { benefits { status payments(first: 3) { nodes { period } } } "
                + "nextStep { action } } }\"}";
        try (LogCapture log = LogCapture.start()) {
            leaveWhileHeldBy("lock table pension_payment in access exclusive mode", id, body,
                    Tokens.of("disconnect1"));
            awaitEnded(id);
            assertEquals(1, db.count("select count(*) from audit_log where action = 'READ_PENSION_STATUS' "
                    + "and resident_id = ?1 and actor = 'disconnect1'", resident),
                    "the read was audited although its answer had nowhere to go");
            assertNoFailureLogged(log);
        }
    }

    /**
     * Callers that leave at every moment around the start of execution. Each request carries 4 MB of unused
     * variables, which SmallRye's handler reads again on a worker thread after it has taken the response and before
     * the execution begins; the connections close 0 to 60 ms after the request was sent. So some close before
     * SmallRye's handler takes the response, some while it reads the body (it then ends the request context before
     * the execution begins), and some while the operation runs; an operation whose caller left before it began is
     * not run. None may log a failure of the API, and every request's context ends. (One whose connection closes
     * before SmallRye's handler takes it has two: the one begun for it on the event loop, which ends when the
     * connection closes, and the one the handler begins for the execution, which ends with the execution.)
     */
    @Test
    void callersLeavingAtAnyMomentAroundTheStartOfExecutionLogNoFailureAndTheirContextsEnd() throws Exception {
        String padding = "x".repeat(4 << 20);
        byte[] content = ("{\"query\":\"{ area(code: \\\"140723\\\") { code name } }\","
                + "\"variables\":{\"padding\":\"" + padding + "\"}}").getBytes(StandardCharsets.UTF_8);
        String run = "disconnect-early-" + System.nanoTime() + "-";
        int callers = 31;
        try (LogCapture log = LogCapture.start()) {
            for (int i = 0; i < callers; i++) {
                try (Socket caller = new Socket("localhost", RestAssured.port)) {
                    send(caller, run + i, null, content);
                    Thread.sleep(2L * i);
                }
            }
            for (int i = 0; i < callers; i++) {
                String id = run + i;
                awaitAnEnd(id);
                assertTrue(ended.ids().contains(id), "the request context of " + id + " ended");
            }
            // Operations whose first context ended with their connection may still run in their second: wait until
            // no context has ended for a second, so that all of them have finished while the log is captured.
            for (int wait = 0, seen = -1; wait < 30 && seen != ended.ids().size(); wait++) {
                seen = ended.ids().size();
                Thread.sleep(1000);
            }
            assertNoFailureLogged(log, SMALLRYE_HANDLER_WINDOW);
        }
    }

    /**
     * Sends the request while another transaction holds the lock, waits until the request waits for it, closes the
     * connection, gives the server time to see it closed, and releases the lock.
     */
    private void leaveWhileHeldBy(String lock, String requestId, String body, String token) throws Exception {
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                statement.execute(lock);
            }
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            try (Socket caller = new Socket("localhost", RestAssured.port)) {
                send(caller, requestId, token, content);
                db.awaitSessionWaitingOnALock(Duration.ofSeconds(5), "the request never reached the locked table");
            }
            Thread.sleep(500);
            assertFalse(ended.ids().contains(requestId),
                    "the request context outlives its caller while the operation waits");
            holder.rollback();
        }
    }

    /** Writes a GraphQL request with its request id (and bearer token, if any) on a raw connection. */
    private static void send(Socket caller, String requestId, String token, byte[] content) throws IOException {
        OutputStream out = caller.getOutputStream();
        out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + RequestId.HEADER + ": " + requestId + "\r\n"
                + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                + "Content-Length: " + content.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(content);
        out.flush();
    }

    private void awaitEnded(String requestId) throws InterruptedException {
        awaitAnEnd(requestId);
        Thread.sleep(200);
        assertEquals(1, ended.ids().stream().filter(requestId::equals).count(),
                "the request context ended once, after the operation: " + ended.ids());
    }

    /** Waits up to 10 s for a request context of the request to end. */
    private void awaitAnEnd(String requestId) throws InterruptedException {
        for (int i = 0; i < 400 && !ended.ids().contains(requestId); i++) {
            Thread.sleep(25);
        }
    }

    private static void assertNoFailureLogged(LogCapture log) {
        assertNoFailureLogged(log, line -> false);
    }

    /**
     * A failure of Quarkus's own GraphQL handler, not of this API: it ends the request context when the connection
     * closes from the moment it takes the request, and a connection that closes in the next few microseconds, before
     * the handler has stored the request in that context, fails the handler itself (the HTTP request "failed" with
     * a ContextNotActiveException from SmallRyeGraphQLAbstractHandler.withIdentity). The caller is gone, nothing of
     * the operation has run. Only this failure is let through, and only in the test of callers that leave at every
     * moment.
     */
    private static final Predicate<LogCapture.Line> SMALLRYE_HANDLER_WINDOW = line -> line.text()
            .contains("ContextNotActiveException") && line.text().contains("SmallRyeGraphQLAbstractHandler.withIdentity")
            && !line.text().contains("cn.civicservices");

    private static void assertNoFailureLogged(LogCapture log, Predicate<LogCapture.Line> known) {
        List<LogCapture.Line> failures = log.lines().stream()
                .filter(line -> line.level().equals("WARN") || line.level().equals("WARNING")
                        || line.level().equals("ERROR") || line.level().equals("SEVERE"))
                .filter(known.negate())
                .toList();
        assertTrue(failures.isEmpty(), "nothing logged as a failure: " + log.text());
    }
}

package cn.civicservices.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import cn.civicservices.support.Fixtures;
import cn.civicservices.support.LogCapture;
import cn.civicservices.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The application against a PostgreSQL server of the test's own, which is down when the application starts and is
 * stopped and started again under a load of writes: readiness follows the database, liveness stays up, GraphQL
 * answers SERVICE_UNAVAILABLE meanwhile (coded, no stack, no Java name), and the service recovers by itself. Every
 * write it acknowledged is in the database afterwards, whole (the point, its change record and its audit record).
 * Only 127.0.0.1; bounded in time.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnDatabase.class)
class DatabaseOutageTest {

    /** The application's datasource names a server on a free port that nothing listens on at start. */
    public static class OwnDatabase implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + freePort() + "/postgres",
                    "quarkus.datasource.username", "postgres", "quarkus.datasource.password", "postgres",
                    "civic.seed.enabled", "false", "civic.database.retry-every", "1s");
        }
    }

    /** Villages of the test county for the points created (a village numbers at most 100 points). */
    static final List<String> VILLAGES = List.of("149901996001", "149901996002", "149901996003", "149901996004",
            "149901996005", "149901996006", "149901996007", "149901996008");
    static final String ADMIN = "testadmin1";
    static final Duration BOUND = Duration.ofSeconds(60);

    /** Our own server, stopped and started again on the same data directory. */
    private static EmbeddedPostgres server;

    @Inject
    Fixtures db;

    /** What one request came to. */
    record Answer(long sentAt, long answeredAt, int status, String body, String requestId) {

        JsonPath json() {
            return JsonPath.from(body);
        }

        boolean acknowledged() {
            return status == 200 && json().get("errors") == null
                    && json().getString("data.servicePointCreate.servicePoint.code") != null;
        }

        String code() {
            return status == 200 ? json().getString("errors[0].extensions.code") : null;
        }
    }

    @Test
    void startsWithoutItsDatabaseAndSurvivesARestartUnderLoad() throws Exception {
        int port = port();
        try (LogCapture log = LogCapture.start()) {
            // Started without a database: not ready, alive, coded answers.
            assertEquals(503, readiness());
            given().get("/q/health/live").then().statusCode(200);
            assertUnavailable(send(createPoint("start"), "start-1"));
            JsonPath areas = JsonPath.from(given().contentType("application/json")
                    .body(Map.of("query", "{ areas(first: 1) { totalCount } }")).post("/graphql").then()
                    .statusCode(200).extract().asString());
            assertEquals("SERVICE_UNAVAILABLE", areas.getString("errors[0].extensions.code"));

            // The database comes: migrated in the background, ready, writes accepted.
            server = start(port);
            await(() -> readiness() == 200, "readiness UP once the database answers");
            try (Connection c = DriverManager.getConnection(url(port), "postgres", "postgres");
                    Statement st = c.createStatement()) {
                // The seed data is not loaded here: only the province the test county hangs from.
                st.executeUpdate("insert into area (code, name, level) values ('14', '山西省', 'PROVINCE') "
                        + "on conflict do nothing");
            }
            db.testVillages(VILLAGES.toArray(String[]::new));
            db.administrator(ADMIN, "测试县管理员", "149901");
            Answer first = send(createPoint("first"), "first-1");
            assertTrue(first.acknowledged(), first.body());

            // Writes under load; the database stops for some seconds and starts again.
            ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger sequence = new AtomicInteger();
            ExecutorService load = Executors.newFixedThreadPool(4);
            for (int t = 0; t < 4; t++) {
                load.submit(() -> {
                    while (running.get()) {
                        int n = sequence.incrementAndGet();
                        answers.add(send(createPoint("load-" + n), "outage-test-" + n));
                    }
                    return null;
                });
            }
            Thread.sleep(3000);
            long stopping = System.currentTimeMillis();
            server.close();
            long stopped = System.currentTimeMillis();
            await(() -> readiness() == 503, "readiness DOWN while the database is stopped");
            long sawDown = System.currentTimeMillis();
            given().get("/q/health/live").then().statusCode(200);
            Thread.sleep(4000);
            long restarting = System.currentTimeMillis();
            server = start(port);
            await(() -> readiness() == 200, "readiness UP again after the restart");
            long up = System.currentTimeMillis();
            Thread.sleep(4000);
            running.set(false);
            load.shutdown();
            assertTrue(load.awaitTermination(30, TimeUnit.SECONDS));

            List<Answer> all = new ArrayList<>(answers);
            all.add(first);
            List<String> acknowledged = all.stream().filter(Answer::acknowledged)
                    .map(a -> a.json().getString("data.servicePointCreate.servicePoint.code")).toList();
            List<Answer> during = all.stream().filter(a -> a.sentAt() > stopped && a.answeredAt() < restarting).toList();
            List<Answer> after = all.stream().filter(a -> a.sentAt() > up).toList();
            System.out.printf("Database outage: %d requests, %d acknowledged; %d while stopped (%d ms), "
                    + "readiness DOWN after %d ms, UP %d ms after the restart began; %d after recovery%n",
                    all.size(), acknowledged.size(), during.size(), restarting - stopped, sawDown - stopping,
                    up - restarting, after.size());

            // Every answer is data or a coded error, never a 5xx, a stack trace or a Java name.
            for (Answer a : all) {
                assertEquals(200, a.status(), a.body());
                assertFalse(a.body().contains("Exception") || a.body().contains("java.")
                        || a.body().contains("org.") || a.body().contains("\tat "), a.body());
                assertTrue(a.acknowledged() || "SERVICE_UNAVAILABLE".equals(a.code()), a.body());
            }
            // While the database was stopped, the answers were coded errors.
            assertFalse(during.isEmpty(), "requests were answered while the database was stopped");
            during.forEach(DatabaseOutageTest::assertUnavailable);
            // After recovery, every write is accepted.
            assertTrue(after.size() > 10, "load went on after recovery: " + after.size());
            for (Answer a : after) {
                assertTrue(a.acknowledged(), () -> a.body() + " (sent " + (a.sentAt() - up) + " ms after readiness UP;"
                        + " what the application logged for it: " + log.lines().stream()
                        .filter(l -> a.requestId().equals(l.requestId())).map(LogCapture.Line::text).toList() + ")");
            }

            // Nothing acknowledged is lost, nothing is half-written.
            try (Connection c = DriverManager.getConnection(url(port), "postgres", "postgres");
                    Statement st = c.createStatement()) {
                Set<String> stored = new HashSet<>();
                try (ResultSet rs = st.executeQuery("select code from service_point where area_code like '149901996%'")) {
                    while (rs.next()) {
                        stored.add(rs.getString(1));
                    }
                }
                assertTrue(stored.containsAll(acknowledged), "every acknowledged write is stored");
                try (ResultSet rs = st.executeQuery("select count(*) from service_point p where p.area_code like "
                        + "'149901996%' and (not exists (select 1 from service_point_change c "
                        + "where c.service_point_id = p.id and c.action = 'CREATED') or not exists (select 1 from "
                        + "audit_log l where l.action = 'SERVICE_POINT_CREATED' and l.detail like 'point ' || p.code "
                        + "|| ',%'))")) {
                    rs.next();
                    assertEquals(0, rs.getInt(1), "every stored point has its change and audit records");
                }
            }

            // The operator finds the failed requests by their id, in one line each, without a stack trace.
            Set<String> unavailableIds = new HashSet<>();
            during.forEach(a -> unavailableIds.add(a.requestId()));
            List<LogCapture.Line> lines = log.lines().stream()
                    .filter(l -> l.message().contains("answered SERVICE_UNAVAILABLE")).toList();
            assertFalse(lines.isEmpty(), "the coded answers are logged");
            assertTrue(lines.stream().anyMatch(l -> unavailableIds.contains(l.requestId())),
                    "the log lines carry the request ids of the requests");
            lines.forEach(l -> assertFalse(l.text().contains("\tat "), l.text()));
        }
    }

    @AfterAll
    static void stopServer() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private static void assertUnavailable(Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        assertEquals("SERVICE_UNAVAILABLE", answer.code(), answer.body());
        assertEquals(answer.requestId(), answer.requestId());
    }

    private static Map<String, Object> createPoint(String name) {
        Map<String, Object> input = new HashMap<>();
        input.put("areaCode", VILLAGES.get(Math.floorMod(name.hashCode(), VILLAGES.size())));
        input.put("name", "测试服务站" + name);
        input.put("address", "测试县测试乡测试村");
        input.put("phone", "0354-8400999");
        input.put("openingHours", "周一至周五 08:30-12:00");
        input.put("latitude", 37.3);
        input.put("longitude", 113.5);
        input.put("hasKiosk", false);
        input.put("services", List.of("PENSION_ENQUIRY"));
        return input;
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String CREATE = "mutation($input: ServicePointCreateInput!) { servicePointCreate(input: "
            + "$input) { servicePoint { code } userErrors { code } } }";

    /** One real HTTP request with the administrator's real token and a request id of ours. */
    private static Answer send(Map<String, Object> input, String requestId) {
        long sent = System.currentTimeMillis();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/graphql"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + Tokens.of(ADMIN))
                    .header("X-Request-Id", requestId)
                    .POST(HttpRequest.BodyPublishers.ofString(new JsonObject()
                            .put("query", CREATE).put("variables", Map.of("input", input)).encode()))
                    .build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(requestId, response.headers().firstValue("X-Request-Id").orElse(null));
            return new Answer(sent, System.currentTimeMillis(), response.statusCode(), response.body(), requestId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String base() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    private static int readiness() {
        return given().get("/q/health/ready").then().extract().statusCode();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + BOUND + ": " + what);
            }
            Thread.sleep(200);
        }
    }

    private static int port() {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        return Integer.parseInt(url.replaceAll("^.*:(\\d+)/.*$", "$1"));
    }

    private static String url(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    private static EmbeddedPostgres start(int port) throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setCleanDataDirectory(false)
                .setDataDirectory(Path.of("target", "outage-db-" + port)).start();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

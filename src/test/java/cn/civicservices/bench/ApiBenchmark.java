package cn.civicservices.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.civicservices.common.SqlStatementCounter;
import cn.civicservices.support.BulkServicePoints;
import cn.civicservices.support.Fixtures;
import cn.civicservices.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Prints latency percentiles, throughput, SQL statements per request and heap use of the two hot queries of the
 * resident app, over loopback, one request at a time. Not part of the suite (its name does not end in Test):
 * run it with {@code ./mvnw test -Dtest=ApiBenchmark}. Numbers depend on the machine; compare runs on one machine.
 */
@QuarkusTest
class ApiBenchmark {

    private static final int WARM_UP = 300;
    private static final int MEASURED = 2000;

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    BulkServicePoints bulk;

    @Inject
    Fixtures db;

    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void pensionStatusAndNearestServicePoints() throws Exception {
        String status = "{\"query\":\"{ myPensionStatus { resident { name idNumberMasked } benefits { status "
                + "monthlyAmount lastPayment { period amount } nextPayment { expectedOn } payments(first: 12) { "
                + "nodes { period amount kind } } } certification { state validUntil summary } nextStep { action "
                + "message servicePoint { name phone } worker { name phone } } } }\"}";
        String token = Tokens.of("resident1");
        report("area (baseline: one primary-key read)", () -> "{\"query\":\"{ area(code: \\\"140723\\\") { name } }\"}",
                null);
        report("myPensionStatus (resident1, 12 payments)", () -> status, token);
        String worker = Tokens.of("worker1");
        report("myWorkList (worker1: 4 villages, first 50)", () -> "{\"query\":\"{ myWorkList(first: 50) { "
                + "totalCount nodes { residentId name idNumberMasked villageName address phone certificationState "
                + "daysLeft paymentSuspendedSince openVisit { status scheduledOn note } lastVisitOutcome } } }\"}",
                worker);
        report("myFieldworkPackage (worker1: everything for a day offline)", () -> "{\"query\":\"{ "
                + "myFieldworkPackage { syncToken entries { residentId name idNumberMasked villageName address phone "
                + "certificationState daysLeft openVisit { status scheduledOn note } lastVisitOutcome } villages { "
                + "code name servicePoint { name phone } } } }\"}", worker);

        bulk.create(30_000);
        try {
            report("servicePointsNear (30,192 points, first 10 within 30 km)", () -> {
                double lat = 45 + ThreadLocalRandom.current().nextDouble(0, 5);
                double lon = 120 + ThreadLocalRandom.current().nextDouble(0, 4.8);
                return String.format(Locale.ROOT, "{\"query\":\"{ servicePointsNear(near: {latitude: %.5f, "
                        + "longitude: %.5f}, radiusKm: 30, first: 10) { totalCount edges { distanceMeters node { "
                        + "code name phone } } } }\"}", lat, lon);
            }, null);
        } finally {
            bulk.remove();
        }
        List<String> people = List.of(db.text("select string_agg(id::text, ',') from resident "
                + "where area_code in ('140723100200', '140723100201', '140723100204', '140723100205')").split(","));
        String[] outcomes = { "NOT_AT_HOME", "CERTIFIED", "NEEDS_FOLLOW_UP", "REFUSED" };
        report("homeVisitSync (worker1: 200 new records, a quarter certified)", () -> {
            StringBuilder visits = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                visits.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "{\"clientId\": \"%s\", "
                        + "\"residentId\": \"%s\", \"outcome\": \"%s\", \"visitedAt\": \"%s\", "
                        + "\"latitude\": 37.33, \"longitude\": 113.57}", UUID.randomUUID(),
                        people.get(ThreadLocalRandom.current().nextInt(people.size())), outcomes[i % 4],
                        OffsetDateTime.now(clock).minusHours(3)));
            }
            return "{\"query\": \"mutation($input: HomeVisitSyncInput!) { homeVisitSync(input: $input) { "
                    + "results { status error { code } } } }\", \"variables\": {\"input\": {\"visits\": ["
                    + visits + "]}}}";
        }, worker, 5, 30);
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf(Locale.ROOT, "BENCH heap after GC: used %.1f MiB, committed %.1f MiB%n",
                heap.getUsed() / 1048576.0, heap.getCommitted() / 1048576.0);
    }

    private void report(String name, java.util.function.Supplier<String> body, String token) throws Exception {
        report(name, body, token, WARM_UP, MEASURED);
    }

    private void report(String name, java.util.function.Supplier<String> body, String token, int warmUp,
            int measured) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            send(body.get(), token);
        }
        long[] nanos = new long[measured];
        long statementsBefore = SqlStatementCounter.count();
        long started = System.nanoTime();
        for (int i = 0; i < measured; i++) {
            long t = System.nanoTime();
            send(body.get(), token);
            nanos[i] = System.nanoTime() - t;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double statements = (SqlStatementCounter.count() - statementsBefore) / (double) measured;
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "BENCH %s: %d requests, %.0f req/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, "
                + "max %.2f ms, %.1f SQL statements/request%n", name, measured, measured / seconds, ms(nanos, 0.50),
                ms(nanos, 0.95), ms(nanos, 0.99), nanos[measured - 1] / 1e6, statements);
    }

    private void send(String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(graphql)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
            throw new IllegalStateException("Benchmark request failed: " + response.body());
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * sorted.length))] / 1e6;
    }
}

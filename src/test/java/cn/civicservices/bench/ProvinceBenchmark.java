package cn.civicservices.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import cn.civicservices.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Latency of the administrator's coverage and audit queries on the province data set (seeds/province), over
 * loopback, one request at a time, as provinceadmin1 (and admin1 for the county). Not part of the suite (its name
 * does not end in Test); it runs only against the province database, started by
 * {@code seeds/province/benchmark.sh}, which passes its JDBC URL. Each request varies its area among many so that
 * the figures are not those of one cached row.
 */
@QuarkusTest
class ProvinceBenchmark {

    private static final int WARM_UP = Integer.getInteger("bench.warmup", 30);
    private static final int MEASURED = Integer.getInteger("bench.requests", 200);

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    EntityManager em;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @SuppressWarnings("unchecked")
    void coverageOfAProvince() throws Exception {
        Assumptions.assumeTrue(System.getProperty("quarkus.datasource.jdbc.url", "").contains("civic_province"),
                "runs only against the province database: seeds/province/benchmark.sh");
        List<Object[]> sizes = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select (select count(*) from area where level = 'VILLAGE'), (select count(*) from resident), "
                + "(select count(*) from audit_log), pg_size_pretty(pg_database_size(current_database()))")
                .getResultList());
        Object[] size = sizes.get(0);
        System.out.printf(Locale.ROOT, "BENCH data set: %s villages, %s pensioners, %s audit rows, database %s%n",
                size[0], size[1], size[2], size[3]);
        List<String> counties = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select code from area where level = 'COUNTY' order by code").getResultList());
        List<String> villages = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select code from area where level = 'VILLAGE' order by md5(code) limit 1000").getResultList());
        List<Object> residents = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id from resident order by md5(id::text) limit 1000").getResultList());

        String province = Tokens.of("provinceadmin1");
        String figures = "pensioners certified selfService assisted centralized homeVisit dataComparison proxy "
                + "dueSoon overdue suspended completionRate";
        report("certificationCoverage, province 14 with its 11 cities", i -> query("{ certificationCoverage(areaCode: "
                + "\\\"14\\\", year: 2026) { " + figures + " children(first: 20) { totalCount nodes { area { code name } "
                + figures + " } } } }"), province);
        report("certificationCoverage, a county with its townships (121 counties in turn)", i -> query(
                "{ certificationCoverage(areaCode: \\\"" + counties.get(i % counties.size()) + "\\\", year: 2026) { "
                + figures + " children(first: 100) { totalCount nodes { area { code name } " + figures + " } } } }"),
                province);
        report("certificationCoverage, a village (1000 villages in turn)", i -> query("{ certificationCoverage(areaCode: \\\""
                + villages.get(i % villages.size()) + "\\\", year: 2026) { " + figures + " } }"), province);
        report("certificationDailySeries, province, 2026-03-01..2026-11-15 (260 days)", i -> query(
                "{ certificationDailySeries(areaCode: \\\"14\\\", from: \\\"2026-03-01\\\", to: \\\"2026-11-15\\\") { "
                + "date total selfService assisted centralized homeVisit dataComparison proxy } }"), province);
        report("certificationDailySeries, a county, 366 days", i -> query("{ certificationDailySeries(areaCode: \\\""
                + counties.get(i % counties.size()) + "\\\", from: \\\"2026-01-01\\\", to: \\\"2027-01-01\\\") { date total } }"),
                province);
        report("servicePointCoverage, province 14, first 20 villages without a point", i -> query(
                "{ servicePointCoverage(areaCode: \\\"14\\\") { villages villagesWithActivePoint activePoints kiosks "
                + "closedPoints villagesWithoutPoint(first: 20) { totalCount nodes { code name } } } }"), province);
        report("servicePointCoverage, a county", i -> query("{ servicePointCoverage(areaCode: \\\""
                + counties.get(i % counties.size()) + "\\\") { villages villagesWithActivePoint activePoints kiosks "
                + "closedPoints villagesWithoutPoint(first: 20) { nodes { code name } } } }"), province);
        report("auditTrail, province, newest 20, no filter", i -> query("{ auditTrail(first: 20) { nodes { id at actor "
                + "action residentId residentName } pageInfo { endCursor } } }"), province);
        report("auditTrail, one person (1000 people in turn), newest 20 with totalCount", i -> query(
                "{ auditTrail(filter: { residentId: \\\"" + residents.get(i % residents.size()) + "\\\" }, first: 20) { "
                + "totalCount nodes { id at actor action } } }"), province);
        report("auditTrail, one actor and operation, newest 20", i -> query("{ auditTrail(filter: { actor: \\\"worker"
                + (i % 20000) + "\\\", action: \\\"READ_WORK_LIST\\\" }, first: 20) { nodes { id at residentId } } }"),
                province);
    }

    private static String query(String document) {
        return "{\"query\":\"" + document + "\"}";
    }

    private void report(String name, IntFunction<String> body, String token) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            send(body.apply(i), token);
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            String request = body.apply(WARM_UP + i);
            long t = System.nanoTime();
            send(request, token);
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "BENCH %s: %d requests, p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", name,
                MEASURED, ms(nanos, 0.50), ms(nanos, 0.95), nanos[MEASURED - 1] / 1e6);
    }

    private void send(String body, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(graphql).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
            throw new IllegalStateException("Benchmark request failed: " + response.body());
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * sorted.length))] / 1e6;
    }
}

package cn.civicservices.e2e;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.restassured.RestAssured.given;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.keys.EllipticCurves;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import cn.civicservices.deploy.CommittedRealm;
import cn.civicservices.support.Gql;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The production build end to end with a real identity provider: Keycloak (its distribution from Maven Central)
 * with the bureau's realm exactly as {@code k8s/overlays/prod} imports it, a PostgreSQL server of its own, and the
 * packaged application started with the production profile and the environment of README "Configuration
 * (production)", nothing else but the seed's two variables. People sign in to the mobile app's client by the
 * authorization code flow with PKCE, and the tokens Keycloak issues them go to the API: the realm's roles, its
 * audience mapper and its groups claim are what the API relies on, and a resident, a worker and an administrator
 * are linked to their records by the token's subject. Tokens that must not pass are refused with 401 and
 * {@code UNAUTHENTICATED}: expired, from another issuer, or issued for another audience. Last, the application is
 * stopped as Kubernetes stops it, with requests in flight.
 *
 * <p>The realm differs from the committed one in one setting and what the test adds: {@code sslRequired} is
 * {@code external} instead of {@code all} (Keycloak listens here on plain HTTP on 127.0.0.1, where the cluster's
 * Keycloak serves TLS); three people whose user ids are the seed's login subjects; and two clients made from the
 * committed mobile client, one whose access tokens live 10 seconds and one without its audience mapper.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakEndToEndIT {

    private static final Path WORK = Path.of("target", "e2e");
    private static final String API_CLIENT = "civic-services";
    private static final String SHORT_LIVED = "e2e-short-lived";
    private static final String OTHER_APP = "county-other-app";
    private static final String OTHER_REALM = "other-county";
    private static final int SHORT_LIFESPAN_SECONDS = 10;

    private static KeycloakServer keycloak;
    private static PostgresServer database;
    private static ProductionApplication app;
    private static String bureauRealm;
    private static String mobileClient;
    private static String redirectUri;

    @BeforeAll
    static void start() throws Exception {
        Map<String, Object> committed = CommittedRealm.of("prod");
        bureauRealm = (String) committed.get("realm");
        Map<String, Object> mobile = publicClient(committed);
        mobileClient = (String) mobile.get("clientId");
        redirectUri = ((List<?>) mobile.get("redirectUris")).get(0).toString();
        Map<String, Object> bureau = bureauRealm(committed);

        keycloak = KeycloakServer.start(Path.of(System.getProperty("e2e.keycloak")), WORK.resolve("keycloak.log"),
                List.of(bureau, otherRealm(committed)));
        database = PostgresServer.start(WORK.resolve("postgresql").toAbsolutePath(), randomKey(24));

        Map<String, String> env = new LinkedHashMap<>();
        env.put("DB_JDBC_URL", database.jdbcUrl());
        env.put("DB_USERNAME", PostgresServer.USER);
        env.put("DB_PASSWORD", database.password());
        env.put("OIDC_AUTH_SERVER_URL", keycloak.issuer(bureauRealm));
        env.put("OIDC_CLIENT_ID", API_CLIENT);
        env.put("PII_HASH_KEY", randomKey(32));
        env.put("PII_ENCRYPTION_KEY", randomKey(32));
        EllipticCurveJsonWebKey faceCheckKey = EcJwkGenerator.generateJwk(EllipticCurves.P256);
        faceCheckKey.setKeyId("e2e-face-check");
        env.put("FACE_CHECK_ISSUER", "e2e-identity-verification");
        env.put("FACE_CHECK_JWKS", "{\"keys\":[" + faceCheckKey.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY) + "]}");
        env.put("CIVIC_SEED_ENABLED", "true");
        env.put("CIVIC_SEED_DIRECTORY", Path.of("seeds", "data").toAbsolutePath().toString());
        app = ProductionApplication.start(Path.of(System.getProperty("e2e.application")).toAbsolutePath(),
                WORK.resolve("application.log").toAbsolutePath(), env);
        URI base = URI.create(app.baseUrl());
        RestAssured.baseURI = base.getScheme() + "://" + base.getHost();
        RestAssured.port = base.getPort();
    }

    @AfterAll
    static void stop() throws Exception {
        RestAssured.reset();
        try (AutoCloseable k = keycloak; AutoCloseable d = database; AutoCloseable a = app) {
            // closed in reverse order: the application, its database, Keycloak
        }
    }

    @Test
    void aResidentSignedInToTheMobileAppSeesTheirPension() throws Exception {
        String token = keycloak.login(bureauRealm, mobileClient, redirectUri, "resident1", "resident1");
        JsonPath claims = claims(token);
        assertEquals(keycloak.issuer(bureauRealm), claims.getString("iss"));
        assertEquals("resident1", claims.getString("sub"), "the seed links resident1's record to this subject");
        assertTrue(audience(claims).contains(API_CLIENT), "the mobile client's audience mapper names the API");
        assertTrue(claims.getList("groups").contains("resident"), "the realm roles arrive in the groups claim");

        JsonPath status = Gql.doc("pensionStatus").withToken(token).post();
        assertNull(status.get("errors"));
        assertEquals("郝秀英", status.getString("data.myPensionStatus.resident.name"));
        assertEquals("ACTIVE", status.getString("data.myPensionStatus.benefits[0].status"));
        assertEquals("东仁村就业社保服务站", status.getString("data.myPensionStatus.nextStep.servicePoint.name"));
    }

    @Test
    void aWorkerReadsTheirWorkListAndRecordsAVisit() throws Exception {
        String token = keycloak.login(bureauRealm, mobileClient, redirectUri, "worker1", "worker1");
        JsonPath list = Gql.doc("workList").withToken(token).var("first", 50).post();
        assertNull(list.get("errors"));
        assertTrue(list.getInt("data.myWorkList.totalCount") > 0);
        assertTrue(list.getList("data.myWorkList.nodes.name").contains("武福生"),
                "resident2 of 青背村, one of worker1's villages, lapsed and is on the list");

        String clientId = UUID.randomUUID().toString();
        Map<String, Object> input = Map.of("clientId", clientId, "residentId", "2", "outcome", "NOT_AT_HOME",
                "visitedAt", OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(5)
                        .truncatedTo(ChronoUnit.SECONDS).toString(),
                "latitude", 37.33, "longitude", 113.57);
        JsonPath recorded = Gql.doc("homeVisitRecord").withToken(token).var("input", input).post();
        assertNull(recorded.get("errors"));
        assertEquals(List.of(), recorded.getList("data.homeVisitRecord.userErrors"));
        assertEquals("CREATED", recorded.getString("data.homeVisitRecord.status"));
        assertEquals("NOT_AT_HOME", recorded.getString("data.homeVisitRecord.homeVisit.outcome"));
        assertEquals("霍晋国", recorded.getString("data.homeVisitRecord.homeVisit.worker.name"));
    }

    @Test
    void anAdministratorReadsTheCountysCoverage() throws Exception {
        String token = keycloak.login(bureauRealm, mobileClient, redirectUri, "admin1", "admin1");
        JsonPath coverage = Gql.doc("certificationCoverage").withToken(token).var("areaCode", "140723")
                .var("year", campaignYear()).post();
        assertNull(coverage.get("errors"));
        String c = "data.certificationCoverage.";
        assertEquals("和顺县", coverage.getString(c + "area.name"));
        assertEquals(3008, coverage.getInt(c + "certified"));
        assertEquals(List.of(1331, 414, 1210, 53), List.of(coverage.getInt(c + "selfService"),
                coverage.getInt(c + "assisted"), coverage.getInt(c + "centralized"), coverage.getInt(c + "homeVisit")));
    }

    @Test
    void anExpiredTokenIsUnauthenticated() throws Exception {
        String token = keycloak.login(bureauRealm, SHORT_LIVED, redirectUri, "resident1", "resident1");
        JsonPath claims = claims(token);
        assertEquals(SHORT_LIFESPAN_SECONDS, claims.getLong("exp") - claims.getLong("iat"));
        JsonPath fresh = Gql.doc("pensionStatus").withToken(token).post();
        assertNull(fresh.get("errors"), "the same token is accepted while it is valid");

        long expiredAt = claims.getLong("exp") * 1000 + 1500;
        Thread.sleep(Math.max(0, expiredAt - System.currentTimeMillis()));
        Gql.assertTokenRefused(token);
    }

    @Test
    void aTokenOfAnotherIssuerIsUnauthenticated() throws Exception {
        String token = keycloak.login(OTHER_REALM, mobileClient, redirectUri, "resident1", "resident1");
        JsonPath claims = claims(token);
        assertEquals(keycloak.issuer(OTHER_REALM), claims.getString("iss"));
        assertTrue(audience(claims).contains(API_CLIENT), "addressed to the API");
        assertTrue(claims.getList("groups").contains("resident"), "with a valid role claim");
        Gql.assertTokenRefused(token);
    }

    @Test
    void aTokenForAnotherAudienceIsUnauthenticated() throws Exception {
        String token = keycloak.login(bureauRealm, OTHER_APP, redirectUri, "resident1", "resident1");
        JsonPath claims = claims(token);
        assertEquals(keycloak.issuer(bureauRealm), claims.getString("iss"), "the bureau's own Keycloak signed it");
        assertEquals("resident1", claims.getString("sub"));
        assertTrue(claims.getList("groups").contains("resident"), "with a valid role claim");
        assertFalse(audience(claims).contains(API_CLIENT), "but not addressed to the API");
        Gql.assertTokenRefused(token);
    }

    @Test
    void theProductionStartLogsNoWarningOrError() throws Exception {
        List<String> start = app.startLog();
        assertTrue(start.get(start.size() - 1).contains(" started in "), "the log has the start");
        assertTrue(app.log().stream().anyMatch(line -> line.contains("Profile prod activated")), "production profile");
        // Production logs one JSON object per line: every line of the process is one, with a level and a message.
        for (String line : app.log()) {
            JsonObject record = assertDoesNotThrow(() -> logRecord(line), () -> "not a JSON log line: " + line);
            assertTrue(record.containsKey("level") && record.containsKey("message"), () -> "not a log record: " + line);
        }
        assertEquals(List.of(), start.stream().filter(line -> List.of("WARN", "ERROR", "FATAL")
                .contains(logRecord(line).getString("level"))).toList());
    }

    private static JsonObject logRecord(String line) {
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        }
    }

    /**
     * Kubernetes stops a pod with SIGTERM, and the requests in flight finish first (within
     * {@code quarkus.shutdown.timeout}). Four status reads are held in flight by a lock on the audit log (the audit
     * record is their last statement); the process gets SIGTERM and is still there a second later, waiting for them;
     * the lock is released: all four answer with their data, their audit records are written, and the process ends
     * by itself. Last, since the application does not come back.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void aStopFinishesTheRequestsInFlight() throws Exception {
        String token = keycloak.login(bureauRealm, mobileClient, redirectUri, "resident1", "resident1");
        String audits = "select count(*) from audit_log where actor = 'resident1' and action = 'READ_PENSION_STATUS'";
        long before = database.count(audits);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try (Connection lock = database.superuserConnection()) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("lock table audit_log in share row exclusive mode");
            }
            List<Future<JsonPath>> inFlight = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                inFlight.add(clients.submit(() -> Gql.doc("pensionStatus").withToken(token).post()));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (database.count("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                    + " and query like 'insert into audit_log%'") < 4) {
                assertTrue(System.nanoTime() < deadline, "four requests waiting on the audit log");
                Thread.sleep(100);
            }

            app.signalStop();
            Thread.sleep(1000);
            assertTrue(app.isRunning(), "the process waits for the requests in flight");
            lock.rollback();

            for (Future<JsonPath> request : inFlight) {
                JsonPath status = request.get(30, TimeUnit.SECONDS);
                assertNull(status.get("errors"), status::prettify);
                assertEquals("郝秀英", status.getString("data.myPensionStatus.resident.name"));
            }
        } finally {
            clients.shutdownNow();
        }
        assertTrue(app.awaitExit(Duration.ofSeconds(30)), "the process ends once they are answered");
        assertEquals(before + 4, database.count(audits), "each answered read is audited");
        // Nothing of the whole run, refused tokens included, was an error of the application.
        assertEquals(List.of(), app.log().stream().filter(line -> List.of("ERROR", "FATAL")
                .contains(logRecord(line).getString("level"))).toList());
    }

    @Test
    void theDevOnlyRoutesAreNotInTheProductionBuild() {
        given().get("/dev/token/resident1").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("idNumber", "140723195209036474"))
                .post("/dev/face-check").then().statusCode(404);
    }

    // --- The realms ----------------------------------------------------------------------------------------------

    /** The bureau's realm as committed, with the test's people and its two extra clients. */
    private static Map<String, Object> bureauRealm(Map<String, Object> committed) {
        Map<String, Object> realm = CommittedRealm.copy(committed);
        realm.put("sslRequired", "external");
        Map<String, Object> mobile = publicClient(realm);

        Map<String, Object> shortLived = CommittedRealm.copy(mobile);
        shortLived.put("clientId", SHORT_LIVED);
        shortLived.put("name", "the mobile client, with access tokens of " + SHORT_LIFESPAN_SECONDS + " seconds");
        map(shortLived.get("attributes")).put("access.token.lifespan", String.valueOf(SHORT_LIFESPAN_SECONDS));

        Map<String, Object> otherApp = CommittedRealm.copy(mobile);
        otherApp.put("clientId", OTHER_APP);
        otherApp.put("name", "another application of the bureau: the mobile client without the API's audience");
        List<?> mappers = (List<?>) otherApp.get("protocolMappers");
        assertTrue(mappers.removeIf(m -> "oidc-audience-mapper".equals(map(m).get("protocolMapper"))));

        List<Object> clients = new ArrayList<>((List<?>) realm.get("clients"));
        clients.add(shortLived);
        clients.add(otherApp);
        realm.put("clients", clients);
        // The user ids are the subjects the seed links the records to (login_subject in seeds/data).
        realm.put("users", List.of(person("resident1", "resident1", "resident"),
                person("worker1", "worker1", "worker"), person("admin1", "admin1", "admin")));
        return realm;
    }

    /** The same realm under another name, as another county's Keycloak would have it: another issuer. */
    private static Map<String, Object> otherRealm(Map<String, Object> committed) {
        Map<String, Object> realm = CommittedRealm.copy(committed);
        realm.put("realm", OTHER_REALM);
        realm.put("displayName", "another county");
        realm.put("sslRequired", "external");
        realm.put("users", List.of(person(UUID.randomUUID().toString(), "resident1", "resident")));
        return realm;
    }

    private static Map<String, Object> person(String id, String username, String role) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", id);
        user.put("username", username);
        user.put("enabled", true);
        user.put("firstName", username);
        user.put("lastName", "E2E");
        user.put("email", username + "@e2e.example.gov.cn");
        user.put("emailVerified", true);
        user.put("realmRoles", List.of(role));
        user.put("credentials", List.of(Map.of("type", "password", "value", username, "temporary", false)));
        return user;
    }

    private static Map<String, Object> publicClient(Map<String, Object> realm) {
        List<Map<String, Object>> clients = ((List<?>) realm.get("clients")).stream().map(KeycloakEndToEndIT::map)
                .filter(c -> Boolean.TRUE.equals(c.get("publicClient"))).toList();
        assertEquals(1, clients.size(), "one public client: the mobile app's");
        return clients.get(0);
    }

    // --- Helpers -------------------------------------------------------------------------------------------------

    /** The year of the seed's certification campaign, moved as the seed is to the day the application started. */
    private static int campaignYear() throws Exception {
        LocalDate asOf = LocalDate.parse(Files.readString(Path.of("seeds", "data", "as-of.txt")).trim());
        List<String> campaign = Files.readAllLines(Path.of("seeds", "data", "certification_campaign.csv"));
        LocalDate startsOn = LocalDate.parse(campaign.get(1).split(",")[4]);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        return startsOn.plusDays(ChronoUnit.DAYS.between(asOf, today)).getYear();
    }

    private static JsonPath claims(String jwt) {
        return new JsonPath(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static List<String> audience(JsonPath claims) {
        Object aud = claims.get("aud");
        return aud == null ? List.of() : aud instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                : List.of(String.valueOf(aud));
    }

    private static String randomKey(int bytes) {
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }
}

package cn.civicservices.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import cn.civicservices.support.Fixtures;
import cn.civicservices.support.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The identity verification service publishes its keys at a URL and rotates them: a result signed with a key
 * that appeared at the URL after this API started is accepted, without a restart.
 */
@QuarkusTest
@TestProfile(FaceCheckKeyRotationTest.KeysFromUrl.class)
class FaceCheckKeyRotationTest {

    /** The keys come from {@link KeyServer}'s URL instead of the static key set of the test configuration. */
    public static class KeysFromUrl implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("civic.face-check.jwks-url", KeyServer.url(), "%test.civic.face-check.jwks-url",
                    KeyServer.url(), "civic.face-check.jwks", "", "%test.civic.face-check.jwks", "");
        }
    }

    /**
     * A key set served on 127.0.0.1, on a free port, that the test can change. Quarkus loads the profile and the
     * test in different class loaders, so the one server, its keys and what it serves live in system properties.
     */
    static final class KeyServer {
        private static final String PREFIX = "civic.test.face-check-keys.";

        static String url() {
            synchronized (System.getProperties()) {
                if (System.getProperty(PREFIX + "port") == null) {
                    System.setProperty(PREFIX + "first", key("service-key-1"));
                    System.setProperty(PREFIX + "rotated", key("service-key-2"));
                    serve(List.of("first"));
                    System.setProperty(PREFIX + "port", String.valueOf(start()));
                }
                return "http://127.0.0.1:" + System.getProperty(PREFIX + "port") + "/jwks";
            }
        }

        /** The private JWK of a key ("first" or "rotated"). */
        static String privateKey(String name) {
            return System.getProperty(PREFIX + name);
        }

        static void serve(List<String> names) {
            try {
                List<JsonWebKey> keys = new java.util.ArrayList<>();
                for (String name : names) {
                    keys.add(JsonWebKey.Factory.newJwk(privateKey(name)));
                }
                System.setProperty(PREFIX + "served",
                        new JsonWebKeySet(keys).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
            } catch (JoseException e) {
                throw new IllegalStateException(e);
            }
        }

        static int fetches() {
            return Integer.parseInt(System.getProperty(PREFIX + "fetches", "0"));
        }

        private static int start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                server.createContext("/jwks", exchange -> {
                    synchronized (System.getProperties()) {
                        System.setProperty(PREFIX + "fetches", String.valueOf(fetches() + 1));
                    }
                    byte[] body = System.getProperty(PREFIX + "served").getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                });
                server.start();
                return server.getAddress().getPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String key(String id) {
            try {
                EllipticCurveJsonWebKey key = EcJwkGenerator.generateJwk(EllipticCurves.P256);
                key.setKeyId(id);
                return key.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE);
            } catch (JoseException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Inject
    Fixtures db;

    @Inject
    Clock clock;

    @Test
    void aResultSignedWithAKeyPublishedAfterStartIsAccepted() throws InterruptedException {
        long resident = db.resident("tester1", LocalDate.of(1950, 5, 6), false);
        db.benefit(resident, db.enrolment(resident, "URBAN_RURAL_RESIDENT", new BigDecimal("4000"), 0),
                "URBAN_RURAL_RESIDENT", null);
        String idNumber = db.idNumberOf(resident);

        assertEquals(List.of(), submit(signed("first", idNumber)), "the key published at start works");
        assertEquals("FACE_CHECK_SIGNATURE_INVALID", submit(signed("rotated", idNumber)).get(0).get("code"),
                "a key the service has not published is refused");

        KeyServer.serve(List.of("first", "rotated"));
        int fetches = KeyServer.fetches();
        // jose4j refetches the key set on an unknown key id, but not twice within 300 ms.
        Thread.sleep(400);
        assertEquals(List.of(), submit(signed("rotated", idNumber)), "the rotated key works at once");
        assertEquals(fetches + 1, KeyServer.fetches(), "the unknown key id fetched the key set again");
        assertTrue(db.count("select count(*) from certification c join pension_benefit b on b.id = c.benefit_id "
                + "where b.resident_id = ?1 and c.channel = 'SELF_SERVICE'", resident) > 0);
    }

    private String signed(String key, String idNumber) {
        return FaceCheckDevSigner.sign(KeyServer.privateKey(key), "dev-identity-verification", idNumber, "MATCH",
                UUID.randomUUID().toString(), clock.instant(), Duration.ofMinutes(10));
    }

    private static List<Map<String, Object>> submit(String result) {
        return Gql.doc("faceCheck").as("tester1").var("result", result).post()
                .getList("data.certificationSubmitFaceCheck.userErrors");
    }
}

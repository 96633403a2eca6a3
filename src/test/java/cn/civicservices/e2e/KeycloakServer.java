package cn.civicservices.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;

/**
 * Keycloak from its distribution ({@code org.keycloak:keycloak-quarkus-dist}, unpacked by the build), started in
 * development mode (its own file database, plain HTTP) on 127.0.0.1 and a free port, with the given realms
 * imported at start. Tokens come from the browser's way in: the authorization code flow with PKCE, the login
 * form filled in as a person would.
 */
final class KeycloakServer implements AutoCloseable {

    /** Keycloak 26 runs on Java 21 or newer; the tests may run on 17. */
    private static final int JAVA_NEEDED = 21;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

    private final Process process;
    private final String baseUrl;
    private final Path log;

    private KeycloakServer(Process process, String baseUrl, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    /** Starts Keycloak of {@code home} with these realm representations, and waits until each is served. */
    static KeycloakServer start(Path home, Path log, List<Map<String, Object>> realms) throws Exception {
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution in " + home + " (unpacked by ./mvnw verify)");
        }
        Path data = home.resolve("data");
        deleteTree(data);
        Path imports = Files.createDirectories(data.resolve("import"));
        for (Map<String, Object> realm : realms) {
            Files.writeString(imports.resolve(realm.get("realm") + ".json"), new JsonObject(realm).encodePrettily());
        }
        int port = FreePort.pick();
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=http://127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", javaHome().toString());
        // The quick compiler only: a shorter start on two cores, and the test's few requests need no more.
        builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        KeycloakServer server = new KeycloakServer(builder.start(), "http://127.0.0.1:" + port, log);
        // Stopped with the tests' JVM whatever happens to it, so that no server outlives a run.
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        try {
            for (Map<String, Object> realm : realms) {
                server.awaitRealm((String) realm.get("realm"));
            }
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** The issuer of a realm, as tokens name it and as the API is configured with it. */
    String issuer(String realm) {
        return baseUrl + "/realms/" + realm;
    }

    /**
     * An access token of {@code user} for {@code clientId}, by the authorization code flow with PKCE (S256): the
     * login page is fetched, its form posted with the user's password, the code taken from the redirect to the
     * app's URI and exchanged with the code verifier.
     */
    String login(String realm, String clientId, String redirectUri, String user, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        // Keycloak marks its login cookies Secure, which java.net's cookie handling keeps off plain HTTP even on
        // the loopback address (browsers treat that as secure): the test keeps them itself.
        Map<String, String> cookies = new LinkedHashMap<>();
        String verifier = randomUrlSafe(48);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        String oidc = issuer(realm) + "/protocol/openid-connect";
        String authorize = oidc + "/auth?" + form(Map.of("client_id", clientId, "response_type", "code",
                "scope", "openid", "redirect_uri", redirectUri, "state", randomUrlSafe(16),
                "code_challenge", challenge, "code_challenge_method", "S256"));
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(authorize)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        keep(page, cookies);
        Matcher action = FORM_ACTION.matcher(page.body());
        if (page.statusCode() != 200 || !action.find()) {
            throw new IllegalStateException("No login form for " + clientId + " (HTTP " + page.statusCode() + "): "
                    + abbreviate(page.body()));
        }
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                                .collect(Collectors.joining("; ")))
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user, "password", password))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        Matcher code = CODE.matcher(location);
        if (signedIn.statusCode() != 302 || !location.startsWith(redirectUri) || !code.find()) {
            throw new IllegalStateException("Login of " + user + " to " + clientId + " did not redirect with a code (HTTP "
                    + signedIn.statusCode() + ", Location " + location + "): " + abbreviate(signedIn.body()));
        }
        HttpResponse<String> tokens = browser.send(HttpRequest.newBuilder(URI.create(oidc + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                        "client_id", clientId, "code", URLDecoder.decode(code.group(1), StandardCharsets.UTF_8),
                        "redirect_uri", redirectUri, "code_verifier", verifier))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (tokens.statusCode() != 200) {
            throw new IllegalStateException("Token request failed (HTTP " + tokens.statusCode() + "): " + tokens.body());
        }
        return new JsonPath(tokens.body()).getString("access_token");
    }

    private static void keep(HttpResponse<?> response, Map<String, String> cookies) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
    }

    /** Stops Keycloak and everything its start script started. */
    @Override
    public void close() {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
    }

    private void awaitRealm(String realm) throws Exception {
        awaitOk(process, URI.create(issuer(realm) + "/.well-known/openid-configuration"), START_TIMEOUT,
                "Keycloak (realm " + realm + ")", log);
    }

    /** Waits until {@code uri} answers 200; fails with the end of the process's log if it stops or time runs out. */
    static void awaitOk(Process process, URI uri, Duration timeout, String what, Path log) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(what + " stopped during its start (exit " + process.exitValue()
                        + "); its log: " + log + "\n" + tail(log));
            }
            try {
                if (client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(what + " did not answer " + uri + " within " + timeout + "; its log: " + log
                + "\n" + tail(log));
    }

    /**
     * A JDK to run Keycloak: {@code KEYCLOAK_JAVA_HOME}, else the JDK running the tests if it is recent enough,
     * else the newest JDK 21+ under {@code /usr/lib/jvm}.
     */
    static Path javaHome() throws IOException {
        String given = System.getenv("KEYCLOAK_JAVA_HOME");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        if (Runtime.version().feature() >= JAVA_NEEDED) {
            return Path.of(System.getProperty("java.home"));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> homes = Files.list(jvms)) {
                Optional<Path> newest = homes.filter(h -> Files.isExecutable(h.resolve("bin/java")))
                        .filter(h -> featureVersion(h) >= JAVA_NEEDED)
                        .max(Comparator.comparingInt(KeycloakServer::featureVersion));
                if (newest.isPresent()) {
                    return newest.get();
                }
            }
        }
        throw new IllegalStateException("Keycloak needs Java " + JAVA_NEEDED + " or newer: none found (the tests run on "
                + Runtime.version() + "); install one under /usr/lib/jvm or set KEYCLOAK_JAVA_HOME");
    }

    private static int featureVersion(Path javaHome) {
        try {
            for (String line : Files.readAllLines(javaHome.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not a JDK this can read
        }
        return 0;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String abbreviate(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "..." : body;
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

}

package cn.civicservices.e2e;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged production build, started as production starts it: its own process, the production profile, and
 * nothing but the environment variables given (those of README "Configuration (production)", and the seed's). A
 * {@code .jar} runs on the JVM running the tests; anything else is taken for the native executable.
 */
final class ProductionApplication implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final String baseUrl;
    private final Path log;

    private ProductionApplication(Process process, String baseUrl, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    static ProductionApplication start(Path artifact, Path log, Map<String, String> environment) throws Exception {
        if (!Files.isRegularFile(artifact)) {
            throw new IllegalStateException("No production build at " + artifact + " (made by ./mvnw verify)");
        }
        List<String> command = artifact.toString().endsWith(".jar")
                ? List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", artifact.toString())
                : List.of(artifact.toString());
        int port = FreePort.pick();
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .directory(log.getParent().toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("CIVIC_"));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        ProductionApplication app = new ProductionApplication(builder.start(), "http://127.0.0.1:" + port, log);
        Process process = app.process;
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        try {
            app.awaitReady();
        } catch (Exception | Error e) {
            app.close();
            throw e;
        }
        return app;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** Its log so far. */
    List<String> log() throws IOException {
        return Files.readAllLines(log);
    }

    /** The log lines of the start, up to the line saying it started. */
    List<String> startLog() throws IOException {
        List<String> lines = log();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(" started in ")) {
                return lines.subList(0, i + 1);
            }
        }
        return lines;
    }

    /** Sends it SIGTERM, as Kubernetes does to stop a pod, without waiting. */
    void signalStop() {
        process.destroy();
    }

    boolean isRunning() {
        return process.isAlive();
    }

    /** Whether it ended within the time. */
    boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops it as Kubernetes does, with SIGTERM. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void awaitReady() throws Exception {
        KeycloakServer.awaitOk(process, URI.create(baseUrl + "/q/health/ready"), START_TIMEOUT, "The application", log);
    }
}

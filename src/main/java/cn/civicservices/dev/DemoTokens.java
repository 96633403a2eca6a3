package cn.civicservices.dev;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.web.Router;

/**
 * Dev only: {@code GET /dev/token/{user}} returns an access token of a demo account, fetched with a password
 * grant from the in-process OIDC provider, whose port changes at every start. Not part of a production build.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DemoTokens {

    private static final Logger LOG = Logger.getLogger(DemoTokens.class);

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String authServerUrl;

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int httpPort;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    void announce(@Observes StartupEvent event) {
        LOG.infof("Demo accounts (password = user name): resident1, resident2, resident3, worker1, admin1. "
                + "Token: curl -s localhost:%d/dev/token/resident1 (or a password grant at %s/token, client_id quarkus-app)",
                httpPort, authServerUrl);
    }

    void routes(@Observes Router router) {
        router.get("/dev/token/:user").blockingHandler(ctx -> {
            String user = ctx.pathParam("user");
            String form = "grant_type=password&client_id=quarkus-app&username=" + encode(user) + "&password="
                    + encode(user);
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(authServerUrl + "/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                ctx.response().setStatusCode(response.statusCode()).putHeader("Content-Type", "application/json")
                        .end(response.body());
            } catch (Exception e) {
                ctx.response().setStatusCode(502).end("The dev OIDC provider did not answer: " + e.getMessage());
            }
        });
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package cn.civicservices.common;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A GraphQL request whose access token is refused (bad signature, expired, issued for another audience) is
 * answered before any field runs, with HTTP 401 as before, and now with a GraphQL error body carrying
 * {@code extensions.code = UNAUTHENTICATED}, so that the app handles it like every other coded error.
 */
@ApplicationScoped
public class AuthenticationFailureResponse {

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String rootPath;

    void routes(@Observes Router router) {
        router.route("/" + rootPath.replaceAll("^/+", "")).failureHandler(this::handle);
    }

    void handle(RoutingContext ctx) {
        if (!refusedToken(ctx.failure()) || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        JsonObject error = new JsonObject()
                .put("message", Messages.msg(RequestLocale.fromHeader(ctx.request().getHeader("Accept-Language")))
                        .errorUnauthenticated())
                .put("extensions", new JsonObject(Map.of("code", ErrorCode.UNAUTHENTICATED.name())));
        ctx.response().setStatusCode(401).putHeader("WWW-Authenticate", "Bearer")
                .putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }

    private static boolean refusedToken(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AuthenticationFailedException) {
                return true;
            }
        }
        return false;
    }
}

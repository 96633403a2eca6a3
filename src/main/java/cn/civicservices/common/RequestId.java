package cn.civicservices.common;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Every HTTP request carries a request id: the caller's {@code X-Request-Id} if it is well-formed (1 to 64 letters,
 * digits, {@code . _ : -}), else a new UUID. It is in the logging context (MDC key {@code requestId}) of every log
 * line written for the request, also on the worker thread that resolves the GraphQL fields, and it is returned in
 * the response's {@code X-Request-Id}, so that a caller, a proxy and an operator name the same request.
 */
@ApplicationScoped
public class RequestId {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    /** Before every other filter and route, security included. */
    void register(@Observes Filters filters) {
        filters.register(this::handle, Integer.MAX_VALUE);
    }

    void handle(RoutingContext ctx) {
        String id = of(ctx.request().getHeader(HEADER));
        MDC.put(MDC_KEY, id);
        ctx.response().putHeader(HEADER, id);
        ctx.addEndHandler(done -> MDC.remove(MDC_KEY));
        ctx.next();
    }

    /** The caller's id if it is well-formed, else a new one. */
    static String of(String fromCaller) {
        return fromCaller != null && WELL_FORMED.matcher(fromCaller).matches()
                ? fromCaller : UUID.randomUUID().toString();
    }
}

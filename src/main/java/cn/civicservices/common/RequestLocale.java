package cn.civicservices.common;

import java.util.Locale;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableInstance;

/** The language of the current request: English when Accept-Language prefers it, Chinese otherwise. */
public final class RequestLocale {

    private RequestLocale() {
    }

    public static Locale current() {
        if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
            return Messages.CHINESE;
        }
        InjectableInstance<RoutingContext> ctx = Arc.container().select(RoutingContext.class);
        if (!ctx.isResolvable()) {
            return Messages.CHINESE;
        }
        try {
            HttpServerRequest request = ctx.get().request();
            return fromHeader(request.getHeader("Accept-Language"));
        } catch (RuntimeException e) {
            return Messages.CHINESE;
        }
    }

    /** Picks English or Chinese from an Accept-Language header by the first of the two it names. */
    public static Locale fromHeader(String header) {
        if (header == null || header.isBlank()) {
            return Messages.CHINESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String lang = range.getRange().toLowerCase(Locale.ROOT);
                if (range.getWeight() > 0 && lang.startsWith("en")) {
                    return Locale.ENGLISH;
                }
                if (range.getWeight() > 0 && lang.startsWith("zh")) {
                    return Messages.CHINESE;
                }
            }
        } catch (IllegalArgumentException e) {
            return Messages.CHINESE;
        }
        return Messages.CHINESE;
    }
}

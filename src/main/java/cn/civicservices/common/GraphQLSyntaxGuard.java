package cn.civicservices.common;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Answers a request whose GraphQL document does not parse (or whose body is not a GraphQL request at all, or
 * whose variables, operationName or extensions are not of their JSON type) with a coded error,
 * {@code GRAPHQL_VALIDATION_FAILED}, and the position of the fault, the offending text shortened. SmallRye's own
 * answer to such a document carries no code, and a variables member that is not an object fails inside it.
 * Documents that parse go on to SmallRye untouched. The last documents that parsed are remembered (the app sends the
 * same few over and over), so that each is parsed here once, not on every request.
 */
@ApplicationScoped
public class GraphQLSyntaxGuard {

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String rootPath;

    @ConfigProperty(name = "quarkus.smallrye-graphql.parser-max-tokens", defaultValue = "15000")
    int maxTokens;

    /** How many documents that parsed are remembered; when more come, the remembered ones are forgotten at once. */
    static final int REMEMBERED = 1000;

    private final Set<String> parsed = ConcurrentHashMap.newKeySet();

    void routes(@Observes Router router) {
        String path = "/" + rootPath.replaceAll("^/+", "");
        router.post(path).order(-100).handler(BodyHandler.create());
        router.post(path).order(-99).handler(this::check);
    }

    void check(RoutingContext ctx) {
        String contentType = ctx.request().getHeader("Content-Type");
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            ctx.next();
            return;
        }
        JsonObject body;
        try {
            body = ctx.body().asJsonObject();
        } catch (DecodeException | ClassCastException e) {
            reject(ctx, Messages.msg(RequestLocale.fromHeader(ctx.request().getHeader("Accept-Language")))
                    .errorGraphqlBody(), null, null);
            return;
        }
        Object query = body == null ? null : body.getValue("query");
        if (!(query instanceof String document) || document.isBlank()) {
            reject(ctx, Messages.msg(RequestLocale.fromHeader(ctx.request().getHeader("Accept-Language")))
                    .errorGraphqlBody(), null, null);
            return;
        }
        Object variables = body.getValue("variables");
        Object operationName = body.getValue("operationName");
        Object extensions = body.getValue("extensions");
        if (variables != null && !(variables instanceof JsonObject)
                || operationName != null && !(operationName instanceof String)
                || extensions != null && !(extensions instanceof JsonObject)) {
            reject(ctx, Messages.msg(RequestLocale.fromHeader(ctx.request().getHeader("Accept-Language")))
                    .errorGraphqlMembers(), null, null);
            return;
        }
        if (parsed.contains(document)) {
            ctx.next();
            return;
        }
        try {
            new Parser().parseDocument(ParserEnvironment.newParserEnvironment().document(document)
                    .parserOptions(ParserOptions.getDefaultOperationParserOptions().transform(o -> o.maxTokens(maxTokens)))
                    .build());
            if (parsed.size() >= REMEMBERED) {
                parsed.clear();
            }
            parsed.add(document);
            ctx.next();
        } catch (InvalidSyntaxException e) {
            Integer line = e.getLocation() == null ? null : e.getLocation().getLine();
            Integer column = e.getLocation() == null ? null : e.getLocation().getColumn();
            reject(ctx, InputErrors.forPeople(e.getMessage()), line, column);
        }
    }

    private static void reject(RoutingContext ctx, String message, Integer line, Integer column) {
        JsonObject error = new JsonObject().put("message", message)
                .put("extensions", new JsonObject(Map.of("code", ErrorCode.GRAPHQL_VALIDATION_FAILED.name())));
        if (line != null) {
            error.put("locations", new JsonArray(List.of(new JsonObject().put("line", line).put("column", column))));
        }
        ctx.response().setStatusCode(200).putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}

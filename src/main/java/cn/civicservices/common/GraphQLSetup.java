package cn.civicservices.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;

/**
 * What this API adds to SmallRye's GraphQL engine when it is built: coded errors with the depth and complexity
 * limits and the parsed-document cache ({@link GraphQLErrorCodes}), strict input scalars ({@link StrictScalars})
 * plain reads of plain fields ({@link PlainFields}), the request metrics ({@link GraphQLMetrics}) and a request
 * context kept until its operation has finished, whenever its caller goes ({@link RequestContextGuard}).
 * <p>
 * It is handed the builder as a SmallRye eventing service (listed in {@code META-INF/services}) rather than as a CDI
 * event: CDI events of SmallRye GraphQL ({@code quarkus.smallrye-graphql.events.enabled}) would also be fired before
 * and after every field of every request, which cost more than anything else around the data. With them off, the
 * builder is the one event this service takes; every other hook of the interface is SmallRye's empty default.
 */
public class GraphQLSetup implements EventingService {

    /** Always on: the API's error codes and limits do not depend on configuration. */
    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return Arc.container().instance(Installer.class).get().install(builder);
    }

    /** The CDI side: the schema SmallRye built, the limits, the error coding. */
    @ApplicationScoped
    @Unremovable
    static class Installer {

        @Inject
        GraphQLSchema schema;

        @Inject
        GraphQLErrorCodes errorCodes;

        @Inject
        GraphQLMetrics metrics;

        @Inject
        CurrentVertxRequest http;

        @Inject
        Schema model;

        private GraphQLSchema installed;

        /**
         * SmallRye builds its engine on the first request, and two first requests at once may both build it: the
         * schema with the API's fetchers is made once (it empties SmallRye's list of batched operations, so it
         * cannot be made twice), and every build gets it.
         */
        GraphQL.Builder install(GraphQL.Builder builder) {
            errorCodes.install(builder, metrics, http);
            return builder.schema(installedSchema());
        }

        private synchronized GraphQLSchema installedSchema() {
            if (installed == null) {
                GraphQLSchema visible = visible(schema, Config.get().getFieldVisibility());
                installed = PlainFields.install(StrictScalars.strict(visible), model);
            }
            return installed;
        }
    }

    /**
     * The schema with graphql-java's own field visibility when the configured one is SmallRye's default. SmallRye
     * turns any value of {@code quarkus.smallrye-graphql.field-visibility} other than {@code no-introspection} into
     * a list of blocked fields, its default {@code default} too: a regular expression matched against
     * {@code Type.field} every time a field is looked up, for every field of every request (4 % of the CPU of a
     * page of 50 points with their areas), which never matches, for a field's full name has a dot. A configured
     * list of patterns, or {@code no-introspection}, is kept.
     */
    static GraphQLSchema visible(GraphQLSchema schema, String configured) {
        if (!Config.FIELD_VISIBILITY_DEFAULT.equals(configured)) {
            return schema;
        }
        return schema.transform(b -> b.codeRegistry(schema.getCodeRegistry()
                .transform(c -> c.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY))));
    }
}

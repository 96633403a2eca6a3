package cn.civicservices.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.civicservices.area.Area;
import cn.civicservices.area.AreaLevel;
import cn.civicservices.support.Gql;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.LightDataFetcher;
import graphql.schema.visibility.BlockedFields;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.graphql.execution.QueryCache;

/**
 * SmallRye builds its engine when the first request comes, and two first requests at once (a service just
 * started, a kiosk and a phone) may both build it. Each build gets the API's additions; the second once failed,
 * because the schema with the API's fetchers can only be made from SmallRye's once.
 */
@QuarkusTest
class GraphQLSetupTest {

    @Inject
    GraphQLSetup.Installer installer;

    @Inject
    GraphQLSchema schema;

    @Test
    void theEngineBuiltAgainGetsTheSameSchemaWithTheApisFetchers() {
        GraphQLSchema first = build().getGraphQLSchema();
        GraphQLSchema second = build().getGraphQLSchema();

        assertSame(first, second, "one schema with the API's fetchers, whatever the number of builds");
        JsonPath answer = Gql.raw("{ area(code: \"140723\") { code parent { code } } }").post();
        assertNull(answer.get("errors"));
        assertEquals("1407", answer.getString("data.area.parent.code"));
    }

    /**
     * SmallRye makes its default field visibility a list of blocked fields with the one pattern {@code default},
     * matched against every field a request looks up; the engine gets graphql-java's own instead, which blocks
     * nothing either, and every field of the schema stays visible.
     */
    @Test
    void theDefaultVisibilityIsGraphqlJavasOwnAndEveryFieldStaysVisible() {
        assertInstanceOf(BlockedFields.class, schema.getCodeRegistry().getFieldVisibility(),
                "SmallRye no longer blocks fields with its default visibility: GraphQLSetup.visible can go");
        GraphQLSchema served = build().getGraphQLSchema();
        assertSame(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY, served.getCodeRegistry().getFieldVisibility());

        JsonPath answer = Gql.raw("{ __type(name: \"Query\") { fields { name } } }").post();
        assertNull(answer.get("errors"));
        assertEquals(schema.getQueryType().getFieldDefinitions().size(), answer.getList("data.__type.fields").size());
    }

    @Test
    void aConfiguredVisibilityIsKept() {
        assertSame(schema, GraphQLSetup.visible(schema, "no-introspection"));
        assertSame(schema, GraphQLSetup.visible(schema, "Resident\\.phone"));
    }

    /**
     * A field that reads a property of its parent is read from the parent alone: graphql-java builds the field's
     * environment (arguments, path, directives, selection set) only for a fetcher that asks for it.
     */
    @Test
    void aPlainFieldIsReadFromItsParentWithoutTheFieldsEnvironment() throws Exception {
        GraphQLSchema served = build().getGraphQLSchema();
        GraphQLObjectType type = served.getObjectType("Area");
        GraphQLFieldDefinition name = type.getFieldDefinition("name");
        DataFetcher<?> fetcher = served.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(type, name), name);

        LightDataFetcher<?> light = assertInstanceOf(LightDataFetcher.class, fetcher);
        Area area = new Area("140723", "Test county", AreaLevel.COUNTY, "1407");
        assertEquals("Test county", light.get(name, area, () -> {
            throw new AssertionError("the field's environment was built");
        }));
    }

    private GraphQL build() {
        return installer.install(GraphQL.newGraphQL(schema).preparsedDocumentProvider(new QueryCache())).build();
    }
}

package cn.civicservices.ops;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import cn.civicservices.support.Fixtures;
import cn.civicservices.support.LogCapture;
import cn.civicservices.support.Tokens;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * No personal data in the log: a real resident's ID number and name are sent through every query and mutation of
 * the served schema (enumerated from it, so that a new operation is probed without anyone adding it here), as
 * every role and without a token, in every string argument and input field, and through the failure paths (a
 * malformed body, a refused token, a malformed request id); then the whole log, at the levels production writes,
 * failures with all their causes, holds neither.
 */
@QuarkusTest
class PersonalDataInLogsTest {

    @Inject
    Fixtures db;

    @Test
    void noIdNumberOrNameReachesTheLog() {
        long resident = db.resident("tester5", LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current()
                .nextInt(3000)), false, Fixtures.VILLAGE);
        String idNumber = db.idNumberOf(resident);
        String name = "欧阳" + (char) ('甲' + ThreadLocalRandom.current().nextInt(200)) + "测";
        db.execute("update resident set name = ?1 where id = ?2", name, resident);
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(
                given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString()));
        List<String> users = new ArrayList<>(List.of("tester5", "worker1", "testadmin1"));
        users.add(null);

        int probed = 0;
        List<String> operations = new ArrayList<>();
        try (LogCapture log = LogCapture.start()) {
            for (GraphQLObjectType root : List.of(schema.getQueryType(), schema.getMutationType())) {
                for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
                    operations.add(field.getName());
                    for (String value : List.of(idNumber, name, name + " " + idNumber)) {
                        for (String user : users) {
                            send(probe(root, field), variables(field, value), user, null);
                            probed++;
                        }
                    }
                }
            }
            // The operations a person's number and name are meant for, with the real values where they belong.
            send("query($n: String!) { residentByIdNumber(idNumber: $n) { __typename } }", Map.of("n", idNumber),
                    "worker1", null);
            send("query($n: String!) { residentByIdNumber(idNumber: $n) { __typename } }", Map.of("n", idNumber),
                    "testadmin1", null);
            // Failure paths: a body that is not JSON, a document that does not parse, a refused token, a request
            // id that is not well-formed, a GET with the values in the URL.
            given().contentType(ContentType.JSON).body("{\"query\": \"{ residentByIdNumber(idNumber: \\\"" + idNumber
                    + "\\\") \", \"variables\": {\"name\": \"" + name + "\"").post("/graphql");
            send("{ residentByIdNumber(idNumber: \"" + idNumber + "\" " + name + " }", Map.of(), "worker1", null);
            given().contentType(ContentType.JSON).header("Authorization", "Bearer " + idNumber + "." + name)
                    .body(Map.of("query", "{ myPensionStatus { __typename } }")).post("/graphql");
            send("{ myPensionStatus { __typename } }", Map.of(), "tester5", name + idNumber);
            given().queryParam("query", "{ residentByIdNumber(idNumber: \"" + idNumber + "\") { __typename } }")
                    .queryParam("variables", "{\"name\":\"" + name + "\"}").get("/graphql");

            org.jboss.logging.Logger.getLogger(PersonalDataInLogsTest.class).info("probes sent");
            String text = log.text();
            assertTrue(text.contains("probes sent"), "the log is read");
            assertFalse(text.contains(idNumber), "an ID number in the log:\n" + excerpt(text, idNumber));
            assertFalse(text.contains(idNumber.substring(0, 17)), "an ID number in the log:\n"
                    + excerpt(text, idNumber.substring(0, 17)));
            assertFalse(text.contains(name), "a name in the log:\n" + excerpt(text, name));
        }
        int roots = schema.getQueryType().getFieldDefinitions().size()
                + schema.getMutationType().getFieldDefinitions().size();
        assertEquals(roots, operations.size());
        assertTrue(roots >= 35, "every operation of the schema was probed: " + operations);
        assertEquals(roots * 3 * users.size(), probed);
    }

    @Test
    void payloadsSqlBindParametersAndAccessLogsAreNotLogged() {
        var config = ConfigProvider.getConfig();
        assertEquals("off", config.getValue("quarkus.smallrye-graphql.log-payload", String.class));
        assertEquals(false, config.getValue("quarkus.hibernate-orm.log.sql", Boolean.class));
        assertFalse(java.util.logging.Logger.getLogger("org.hibernate.orm.jdbc.bind").isLoggable(
                java.util.logging.Level.FINEST), "bind parameters are logged at TRACE only");
        assertFalse(java.util.logging.Logger.getLogger("org.hibernate.SQL").isLoggable(java.util.logging.Level.FINE),
                "statements are logged at DEBUG only");
        assertEquals(false, config.getValue("quarkus.http.access-log.enabled", Boolean.class));
        assertEquals("false", config.getValue("quarkus.datasource.jdbc.additional-jdbc-properties.logServerErrorDetail",
                String.class));
    }

    private static String excerpt(String text, String value) {
        int at = text.indexOf(value);
        return text.substring(Math.max(0, at - 1500), Math.min(text.length(), at + 500));
    }

    private static void send(String document, Map<String, Object> variables, String user, String requestId) {
        var request = given().contentType(ContentType.JSON).body(Map.of("query", document, "variables", variables));
        if (user != null) {
            request.header("Authorization", "Bearer " + Tokens.of(user));
        }
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        int status = request.post("/graphql").then().extract().statusCode();
        assertTrue(status == 200 || status == 401, document + " answered " + status);
    }

    /** The operation with every argument as a variable, selecting only the type name of what it returns. */
    private static String probe(GraphQLObjectType root, GraphQLFieldDefinition field) {
        StringBuilder declared = new StringBuilder();
        StringBuilder passed = new StringBuilder();
        for (GraphQLArgument argument : field.getArguments()) {
            declared.append(declared.isEmpty() ? "" : ", ").append('$').append(argument.getName()).append(": ")
                    .append(GraphQLTypeUtil.simplePrint(argument.getType()));
            passed.append(passed.isEmpty() ? "" : ", ").append(argument.getName()).append(": $")
                    .append(argument.getName());
        }
        GraphQLOutputType type = (GraphQLOutputType) GraphQLTypeUtil.unwrapAll(field.getType());
        return (root.getName().equals("Mutation") ? "mutation" : "query")
                + (declared.isEmpty() ? "" : "(" + declared + ")") + " { " + field.getName()
                + (passed.isEmpty() ? "" : "(" + passed + ")")
                + (type instanceof GraphQLScalarType || type instanceof GraphQLEnumType ? "" : " { __typename }")
                + " }";
    }

    private static Map<String, Object> variables(GraphQLFieldDefinition field, String text) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (GraphQLArgument argument : field.getArguments()) {
            values.put(argument.getName(), value(argument.getType(), text, 0));
        }
        return values;
    }

    /** A value of the type with the text in every string, and plausible values elsewhere. */
    private static Object value(GraphQLInputType type, String text, int depth) {
        if (type instanceof GraphQLNonNull nonNull) {
            return value((GraphQLInputType) nonNull.getWrappedType(), text, depth);
        }
        if (type instanceof GraphQLList list) {
            return List.of(value((GraphQLInputType) list.getWrappedType(), text, depth));
        }
        if (type instanceof GraphQLEnumType enumType) {
            return enumType.getValues().get(0).getName();
        }
        if (type instanceof GraphQLInputObjectType input) {
            Map<String, Object> fields = new LinkedHashMap<>();
            if (depth < 4) {
                for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                    fields.put(field.getName(), value(field.getType(), text, depth + 1));
                }
            }
            return fields;
        }
        GraphQLType scalar = type;
        return switch (((GraphQLScalarType) scalar).getName()) {
            case "Int", "BigInteger" -> 1;
            case "Float", "BigDecimal" -> 37.5;
            case "Boolean" -> true;
            case "Date" -> "2026-01-01";
            case "DateTime" -> "2026-01-01T08:00:00+08:00";
            default -> text;
        };
    }
}

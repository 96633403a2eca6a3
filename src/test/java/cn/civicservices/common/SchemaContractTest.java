package cn.civicservices.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The schema the mobile app builds against is a committed contract: it must equal the schema the code serves,
 * and every operation the app ships must be valid against it.
 */
@QuarkusTest
class SchemaContractTest {

    static final Path SCHEMA = Path.of("mobile-schema", "schema.graphql");
    static final Path OPERATIONS = Path.of("mobile-schema", "operations");
    static final java.util.Set<String> BUILT_IN_SCALARS = java.util.Set.of("String", "Int", "Float", "Boolean", "ID");
    static final String REGENERATE = "./mvnw test -Dtest=SchemaContractTest -Dschema.update=true";

    @Test
    void theCommittedSchemaIsTheServedSchema() throws IOException {
        String served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("schema.update")) {
            Files.createDirectories(SCHEMA.getParent());
            Files.writeString(SCHEMA, served, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(SCHEMA) ? Files.readString(SCHEMA, StandardCharsets.UTF_8) : "";
        if (!committed.equals(served)) {
            fail(SCHEMA + " differs from the schema the code serves. If the change is intended, regenerate it with\n  "
                    + REGENERATE + "\nand review the diff for breaking changes before committing.");
        }
    }

    @Test
    void everyTypeFieldArgumentAndEnumValueIsDescribed() throws IOException {
        GraphQLSchema schema = committedSchema();
        List<String> undescribed = new ArrayList<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            String name = type.getName();
            if (name.startsWith("__") || BUILT_IN_SCALARS.contains(name)) {
                continue;
            }
            boolean root = name.equals("Query") || name.equals("Mutation");
            if (!root && blank(type.getDescription())) {
                undescribed.add(name);
            }
            if (type instanceof GraphQLObjectType object) {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    if (blank(field.getDescription()) && !field.getName().equals("cursor") && !field.getName().equals("node")) {
                        undescribed.add(name + "." + field.getName());
                    }
                }
            } else if (type instanceof GraphQLInputObjectType input) {
                input.getFieldDefinitions().stream().filter(f -> blank(f.getDescription()))
                        .forEach(f -> undescribed.add(name + "." + f.getName()));
            } else if (type instanceof GraphQLEnumType enumType) {
                enumType.getValues().stream().filter(v -> blank(v.getDescription()))
                        .forEach(v -> undescribed.add(name + "." + v.getName()));
            }
        }
        assertEquals(List.of(), undescribed, "the mobile developers read the schema: describe these");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static GraphQLSchema committedSchema() throws IOException {
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new SchemaParser().parse(Files.readString(SCHEMA, StandardCharsets.UTF_8)));
    }

    @Test
    void everyMobileOperationIsValidAgainstTheCommittedSchema() throws IOException {
        GraphQLSchema schema = committedSchema();
        List<Path> files;
        try (Stream<Path> list = Files.list(OPERATIONS)) {
            files = list.filter(p -> p.toString().endsWith(".graphql")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "mobile-schema/operations holds the app's operations");
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            Document document = Parser.parse(Files.readString(file, StandardCharsets.UTF_8));
            List<ValidationError> errors = new Validator().validateDocument(schema, document, Locale.ENGLISH);
            assertEquals(List.of(), errors.stream().map(ValidationError::getMessage).toList(), file + " is invalid");
            for (OperationDefinition op : document.getDefinitionsOfType(OperationDefinition.class)) {
                assertTrue(op.getName() != null, file + ": every operation has a name");
                assertFalse(names.contains(op.getName()), file + ": operation name " + op.getName() + " is taken");
                names.add(op.getName());
            }
        }
    }
}

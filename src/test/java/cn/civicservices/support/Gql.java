package cn.civicservices.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Sends the GraphQL documents of {@code src/test/resources/graphql} to {@code /graphql}. */
public final class Gql {

    private final String document;
    private final Map<String, Object> variables = new HashMap<>();
    private String token;
    private String language;

    private Gql(String document) {
        this.document = document;
    }

    /** A document by file name, without the .graphql ending. */
    public static Gql doc(String name) {
        try (InputStream in = Gql.class.getResourceAsStream("/graphql/" + name + ".graphql")) {
            if (in == null) {
                throw new IllegalArgumentException("No GraphQL document graphql/" + name + ".graphql");
            }
            return new Gql(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An inline document, for malformed input that cannot live in a .graphql file. */
    public static Gql raw(String document) {
        return new Gql(document);
    }

    public Gql as(String user) {
        this.token = Tokens.of(user);
        return this;
    }

    public Gql withToken(String rawToken) {
        this.token = rawToken;
        return this;
    }

    public Gql var(String name, Object value) {
        variables.put(name, value);
        return this;
    }

    public Gql inEnglish() {
        this.language = "en-US,en;q=0.9";
        return this;
    }

    public JsonPath post() {
        return post(200);
    }

    /** Posts the document and checks the HTTP status of the answer. */
    public JsonPath post(int status) {
        RequestSpecification request = given().contentType(ContentType.JSON)
                .body(Map.of("query", document, "variables", variables));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.post("/graphql").then().statusCode(status).extract().jsonPath();
    }

    /** A status read with this bearer token is refused: HTTP 401, UNAUTHENTICATED, no data. */
    public static void assertTokenRefused(String token) {
        JsonPath body = raw("{ myPensionStatus { certification { state } } }").withToken(token).post(401);
        assertEquals("UNAUTHENTICATED", body.getString("errors[0].extensions.code"), body::prettify);
        assertNull(body.get("data"), body::prettify);
    }
}

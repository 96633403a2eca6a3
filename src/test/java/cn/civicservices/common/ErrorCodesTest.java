package cn.civicservices.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import cn.civicservices.support.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Every top-level error carries extensions.code and a message for people, never a Java class name. */
@QuarkusTest
class ErrorCodesTest {

    @Test
    void aProtectedFieldWithoutTokenIsUnauthenticated() {
        JsonPath result = Gql.doc("pensionStatus").post();
        assertEquals("UNAUTHENTICATED", result.getString("errors[0].extensions.code"));
        assertThat(result.getString("errors[0].message"), containsString("登录"));
        assertNull(result.get("data"));
    }

    @Test
    void aTokenOfAnotherRoleIsForbidden() {
        JsonPath result = Gql.doc("pensionStatus").as("admin1").post();
        assertEquals("FORBIDDEN", result.getString("errors[0].extensions.code"));
    }

    @Test
    void aForgedTokenIsRefusedBeforeAnyFieldRuns() {
        given().contentType(ContentType.JSON).header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln")
                .body("{\"query\":\"{ myPensionStatus { certification { state } } }\"}")
                .post("/graphql").then().statusCode(401);
    }

    @Test
    void aResidentAccountWithoutRecordsGetsNotFound() {
        JsonPath result = Gql.doc("pensionStatus").as("unlinked1").post();
        assertEquals("NOT_FOUND", result.getString("errors[0].extensions.code"));
    }

    @Test
    void malformedAndInvalidDocumentsAreCoded() {
        JsonPath syntax = Gql.raw("{ area(code: { name }").post();
        assertEquals("GRAPHQL_VALIDATION_FAILED", syntax.getString("errors[0].extensions.code"));
        assertEquals(1, syntax.getInt("errors[0].locations[0].line"));

        JsonPath unknownField = Gql.raw("{ area(code: \"14\") { nosuch } }").post();
        assertEquals("GRAPHQL_VALIDATION_FAILED", unknownField.getString("errors[0].extensions.code"));

        String notJson = given().contentType(ContentType.JSON).body("not json").post("/graphql")
                .then().statusCode(200).extract().asString();
        assertThat(notJson, containsString("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void tooDeepDocumentsAreRefused() {
        JsonPath result = Gql.raw("{ servicePoints(first: 1) { nodes { area { parent { parent { parent { parent "
                + "{ parent { parent { parent { parent { parent { parent { code } } } } } } } } } } } } }").post();
        assertEquals("GRAPHQL_VALIDATION_FAILED", result.getString("errors[0].extensions.code"));
    }

    @Test
    void badArgumentsAreBadUserInputInTheCallersLanguage() {
        JsonPath zh = Gql.doc("area").var("code", "14x").post();
        assertEquals("BAD_USER_INPUT", zh.getString("errors[0].extensions.code"));
        assertThat(zh.getString("errors[0].message"), containsString("区划代码"));

        JsonPath en = Gql.doc("area").var("code", "14x").inEnglish().post();
        assertThat(en.getString("errors[0].message"), containsString("code: The area code is malformed"));

        JsonPath cursor = Gql.doc("areas").var("first", 2).var("after", "garbage!").post();
        assertEquals("BAD_USER_INPUT", cursor.getString("errors[0].extensions.code"));

        JsonPath size = Gql.doc("areas").var("first", 1000).post();
        assertEquals("BAD_USER_INPUT", size.getString("errors[0].extensions.code"));
    }

    @Test
    void unknownThingsAreNotFound() {
        JsonPath result = Gql.doc("area").var("code", "999999").post();
        assertEquals("NOT_FOUND", result.getString("errors[0].extensions.code"));
    }

    @Test
    void noErrorMentionsAJavaClass() {
        for (JsonPath result : new JsonPath[] { Gql.doc("area").var("code", "14x").post(),
                Gql.doc("pensionStatus").post(), Gql.raw("{ area(code: ").post() }) {
            String text = result.prettify();
            assertThat(text, not(containsString("Exception")));
            assertThat(text, not(containsString("cn.civicservices")));
            assertThat(text, not(containsString("System error")));
        }
    }
}

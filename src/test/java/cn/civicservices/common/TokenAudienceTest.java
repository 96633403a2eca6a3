package cn.civicservices.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import cn.civicservices.support.Gql;
import cn.civicservices.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Only tokens issued for this API are accepted. The in-process OIDC provider signs every token with the same
 * key; a token it issues for another client names that client as audience and must be refused although its
 * signature, issuer, expiry and role claim are all valid.
 */
@QuarkusTest
class TokenAudienceTest {

    private static final String OTHER_CLIENT = "county-other-app";

    @Test
    void theApisOwnTokenNamesItsAudienceAndWorks() {
        assertEquals(List.of(ConfigProvider.getConfig().getValue("quarkus.oidc.token.audience", String.class)),
                audience(Tokens.of("resident1")));
        JsonPath status = Gql.doc("pensionStatus").as("resident1").post();
        assertNull(status.get("errors"));
        assertEquals("ACTIVE", status.getString("data.myPensionStatus.benefits[0].status"));
    }

    @Test
    void aTokenIssuedForAnotherClientIsUnauthenticated() {
        String foreign = tokenForAnotherClient("resident1");
        JsonPath claims = claims(foreign);
        assertEquals(List.of(OTHER_CLIENT), audience(foreign));
        assertEquals(List.of("resident"), claims.getList("groups"), "the foreign token carries a valid role claim");
        assertEquals(claims(Tokens.of("resident1")).getString("iss"), claims.getString("iss"),
                "the foreign token comes from the same provider");

        Gql.assertTokenRefused(foreign);
    }

    /**
     * A token the same provider issues to another client: the ID token of an authorization-code grant made by
     * that client, which the provider signs with its one key and addresses to that client.
     */
    private static String tokenForAnotherClient(String user) {
        String url = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class) + "/token";
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(user.getBytes(StandardCharsets.UTF_8));
        return given().formParam("grant_type", "authorization_code").formParam("client_id", OTHER_CLIENT)
                .formParam("code", code).post(url).then().statusCode(200).extract().path("id_token");
    }

    private static JsonPath claims(String jwt) {
        return new JsonPath(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static List<String> audience(String jwt) {
        Object aud = claims(jwt).get("aud");
        return aud == null ? List.of() : aud instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                : List.of(String.valueOf(aud));
    }
}

package cn.civicservices.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Real signed access tokens of the demo and test accounts, from the in-process OIDC provider with a password
 * grant (the password is the user name), so every test goes through the real token verification.
 */
public final class Tokens {

    private record Cached(String token, long expiresAtMillis) {
    }

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String of(String user) {
        Cached cached = CACHE.get(user);
        if (cached != null && cached.expiresAtMillis() > System.currentTimeMillis() + 30_000) {
            return cached.token();
        }
        String url = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class) + "/token";
        var response = given().formParam("grant_type", "password").formParam("client_id", "quarkus-app")
                .formParam("username", user).formParam("password", user)
                .post(url).then().statusCode(200).extract().jsonPath();
        String token = response.getString("access_token");
        long expiresIn = response.getLong("expires_in");
        CACHE.put(user, new Cached(token, System.currentTimeMillis() + expiresIn * 1000));
        return token;
    }
}

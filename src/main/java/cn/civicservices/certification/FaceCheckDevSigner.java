package cn.civicservices.certification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import io.quarkus.arc.profile.IfBuildProfile;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Dev and test only: plays the identity verification service, so a face-check result can be made without it.
 * {@code POST /dev/face-check} with {@code {"idNumber": "...", "result": "MATCH"}} answers
 * {@code {"faceCheckResult": "<signed result>"}}. Not part of a production build.
 */
@ApplicationScoped
@IfBuildProfile(anyOf = { "dev", "test" })
public class FaceCheckDevSigner {

    @Inject
    FaceCheckVerifier.FaceCheckConfig config;

    /** The bureau's clock, which the verifier also checks against: a result made now is valid now. */
    @Inject
    Clock clock;

    void routes(@Observes Router router) {
        router.post("/dev/face-check").handler(BodyHandler.create()).handler(ctx -> {
            JsonObject body = ctx.body().asJsonObject();
            String idNumber = body == null ? null : body.getString("idNumber");
            if (idNumber == null) {
                ctx.response().setStatusCode(400).end("idNumber is required");
                return;
            }
            String token = sign(idNumber, body.getString("result", "MATCH"), UUID.randomUUID().toString(),
                    Instant.now(clock), Duration.ofSeconds(body.getLong("validSeconds", 600L)));
            ctx.response().putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("faceCheckResult", token).encode());
        });
    }

    /** Signs a result as the identity verification service would. */
    public String sign(String idNumber, String result, String resultId, Instant issuedAt, Duration validFor) {
        return sign(config.devSignerKey().orElseThrow(
                () -> new IllegalStateException("civic.face-check.dev-signer-key is not set")), config.issuer(),
                idNumber, result, resultId, issuedAt, validFor);
    }

    /** Signs a result with the given private JWK, for tests that run against a packaged application. */
    public static String sign(String privateJwk, String issuer, String idNumber, String result, String resultId,
            Instant issuedAt, Duration validFor) {
        try {
            PublicJsonWebKey key = PublicJsonWebKey.Factory.newPublicJwk(privateJwk);
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(issuer);
            claims.setSubject(idNumber);
            claims.setJwtId(resultId);
            claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
            claims.setExpirationTime(NumericDate.fromSeconds(issuedAt.plus(validFor).getEpochSecond()));
            claims.setClaim("result", result);
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(key.getPrivateKey());
            jws.setKeyIdHeaderValue(key.getKeyId());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("The dev face-check signer key is not usable", e);
        }
    }

}

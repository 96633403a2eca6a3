package cn.civicservices.certification;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.JoseException;

import cn.civicservices.resident.IdNumber;
import io.quarkus.runtime.Startup;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Checks a face-check result issued by the external identity verification service: a compact JWS signed with
 * one of the service's keys (ES256 or RS256), naming the checked ID number as subject, with a unique id, an
 * issue time and an expiry, and a {@code result} claim of {@code MATCH} or {@code NO_MATCH}.
 * <p>
 * Every time check (expiry, issued in the future, older than the maximum age) is jose4j's own, evaluated at the
 * instant the caller passes, which comes from the bureau's injected clock. The service's keys are either a
 * static JSON Web Key Set or one fetched from a URL, refetched when a result names a key id not seen yet, so
 * the service can rotate its keys without a restart here. Created at start, so that a wrong key configuration
 * stops the start.
 */
@Startup
@ApplicationScoped
public class FaceCheckVerifier {

    private static final Logger LOG = Logger.getLogger(FaceCheckVerifier.class);

    static final String KEYS_REQUIRED = "Set exactly one of civic.face-check.jwks (FACE_CHECK_JWKS, the service's "
            + "public keys as a JSON Web Key Set) and civic.face-check.jwks-url (FACE_CHECK_JWKS_URL, where the "
            + "service publishes them)";

    @ConfigMapping(prefix = "civic.face-check")
    public interface FaceCheckConfig {
        /** Issuer the results must name ({@code iss}). */
        String issuer();

        /** The service's public keys as a JSON Web Key Set; exactly one of this and {@link #jwksUrl()}. */
        Optional<String> jwks();

        /** URL of the service's JSON Web Key Set, for keys that rotate; exactly one of this and {@link #jwks()}. */
        Optional<String> jwksUrl();

        /**
         * How long keys fetched from {@link #jwksUrl()} are used before they are fetched again, when the response
         * sets no cache lifetime itself. A result signed with a key id not among them fetches them at once.
         */
        @WithDefault("PT10M")
        Duration jwksCacheDuration();

        /** Oldest a result may be, from its issue time, to be accepted. */
        @WithDefault("PT15M")
        Duration maxAge();

        /** Clock difference tolerated between the service and this API. */
        @WithDefault("PT30S")
        Duration clockSkew();

        /** Dev and test only: the private JWK with which the dev signer stands in for the service. */
        Optional<String> devSignerKey();
    }

    /** A result that passed every check except whose it is and whether it was used before. */
    public record Verified(String resultId, String idNumber, boolean matched, Instant issuedAt) {
    }

    public record Outcome(Optional<Verified> verified, CertificationErrorCode refusal) {
        static Outcome ok(Verified v) {
            return new Outcome(Optional.of(v), null);
        }

        static Outcome refused(CertificationErrorCode code) {
            return new Outcome(Optional.empty(), code);
        }
    }

    private final FaceCheckConfig config;
    private final VerificationKeyResolver keys;

    FaceCheckVerifier(FaceCheckConfig config) {
        this.config = config;
        this.keys = keyResolver(config);
    }

    static VerificationKeyResolver keyResolver(FaceCheckConfig config) {
        Optional<String> jwks = config.jwks().filter(value -> !value.isBlank());
        Optional<String> url = config.jwksUrl().filter(value -> !value.isBlank());
        if (jwks.isPresent() == url.isPresent()) {
            throw new IllegalStateException(KEYS_REQUIRED + (jwks.isPresent() ? "; both are set" : "; neither is set"));
        }
        if (url.isPresent()) {
            HttpsJwks remote = new HttpsJwks(url.get());
            remote.setDefaultCacheDuration(config.jwksCacheDuration().toSeconds());
            return new HttpsJwksVerificationKeyResolver(remote);
        }
        try {
            return new JwksVerificationKeyResolver(new JsonWebKeySet(jwks.get()).getJsonWebKeys());
        } catch (JoseException e) {
            throw new IllegalStateException("civic.face-check.jwks (FACE_CHECK_JWKS) is not a valid JSON Web Key Set",
                    e);
        }
    }

    /** Checks a result as of {@code now}, the instant of the bureau's clock. */
    public Outcome verify(String token, Instant now) {
        JwtClaims claims;
        try {
            claims = new JwtConsumerBuilder()
                    .setEvaluationTime(NumericDate.fromSeconds(now.getEpochSecond()))
                    .setAllowedClockSkewInSeconds((int) config.clockSkew().toSeconds())
                    .setRequireExpirationTime()
                    .setRequireIssuedAt()
                    // Not issued after now (give or take the clock skew), nor more than the maximum age before it.
                    .setIssuedAtRestrictions(0, (int) config.maxAge().toSeconds())
                    .setRequireJwtId()
                    .setRequireSubject()
                    .setExpectedIssuer(config.issuer())
                    .setSkipDefaultAudienceValidation()
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                            AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
                            AlgorithmIdentifiers.RSA_USING_SHA256)
                    .setVerificationKeyResolver(keys)
                    .build()
                    .processToClaims(token);
        } catch (InvalidJwtException e) {
            // Never log the exception itself: its message carries the result, whose subject is an ID number.
            IOException unreachable = keysUnavailable(e);
            if (unreachable != null) {
                throw new IllegalStateException("The identity verification service's keys could not be fetched from "
                        + config.jwksUrl().orElse("?"), unreachable);
            }
            if (e.hasErrorCode(ErrorCodes.EXPIRED) || e.hasErrorCode(ErrorCodes.ISSUED_AT_INVALID_PAST)) {
                return Outcome.refused(CertificationErrorCode.FACE_CHECK_EXPIRED);
            }
            LOG.debugf("Face-check result refused, jose4j error codes %s",
                    e.getErrorDetails().stream().map(error -> error.getErrorCode()).toList());
            return Outcome.refused(CertificationErrorCode.FACE_CHECK_SIGNATURE_INVALID);
        }
        try {
            String subject = claims.getSubject();
            if (IdNumber.problem(subject).isPresent()) {
                return Outcome.refused(CertificationErrorCode.FACE_CHECK_SIGNATURE_INVALID);
            }
            Object result = claims.getClaimValue("result");
            return Outcome.ok(new Verified(claims.getJwtId(), subject.toUpperCase(), "MATCH".equals(result),
                    Instant.ofEpochSecond(claims.getIssuedAt().getValue())));
        } catch (MalformedClaimException e) {
            return Outcome.refused(CertificationErrorCode.FACE_CHECK_SIGNATURE_INVALID);
        }
    }

    /** Whether the result could not be checked because the key set URL did not answer (not the caller's fault). */
    private static IOException keysUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }
}

package cn.civicservices.certification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

import cn.civicservices.resident.IdNumber;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Checks a face-check result issued by the external identity verification service: a compact JWS signed with
 * one of the service's keys (ES256 or RS256), naming the checked ID number as subject, with a unique id, an
 * issue time and an expiry, and a {@code result} claim of {@code MATCH} or {@code NO_MATCH}.
 */
@ApplicationScoped
public class FaceCheckVerifier {

    @ConfigMapping(prefix = "civic.face-check")
    public interface FaceCheckConfig {
        /** Issuer the results must name ({@code iss}). */
        String issuer();

        /** The service's public keys as a JSON Web Key Set. */
        String jwks();

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

    public record Outcome(Optional<Verified> verified, CertificationErrorCode refusal, String messageKey) {
        static Outcome ok(Verified v) {
            return new Outcome(Optional.of(v), null, null);
        }

        static Outcome refused(CertificationErrorCode code, String messageKey) {
            return new Outcome(Optional.empty(), code, messageKey);
        }
    }

    private final FaceCheckConfig config;
    private final JwtConsumer consumer;

    FaceCheckVerifier(FaceCheckConfig config) {
        this.config = config;
        JsonWebKeySet keys;
        try {
            keys = new JsonWebKeySet(config.jwks());
        } catch (JoseException e) {
            throw new IllegalStateException("civic.face-check.jwks is not a valid JSON Web Key Set", e);
        }
        this.consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireJwtId()
                .setRequireSubject()
                .setExpectedIssuer(config.issuer())
                .setSkipDefaultAudienceValidation()
                .setAllowedClockSkewInSeconds((int) config.clockSkew().toSeconds())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys.getJsonWebKeys()))
                .build();
    }

    public Outcome verify(String token, Instant now) {
        JwtClaims claims;
        try {
            claims = consumer.processToClaims(token);
        } catch (InvalidJwtException e) {
            if (e.hasErrorCode(ErrorCodes.EXPIRED)) {
                return Outcome.refused(CertificationErrorCode.FACE_CHECK_EXPIRED, "faceCheck.expired");
            }
            return Outcome.refused(CertificationErrorCode.FACE_CHECK_SIGNATURE_INVALID, "faceCheck.signature");
        }
        try {
            Instant issuedAt = Instant.ofEpochSecond(claims.getIssuedAt().getValue());
            if (issuedAt.plus(config.maxAge()).isBefore(now)) {
                return Outcome.refused(CertificationErrorCode.FACE_CHECK_EXPIRED, "faceCheck.expired");
            }
            String subject = claims.getSubject();
            if (IdNumber.problem(subject).isPresent()) {
                return Outcome.refused(CertificationErrorCode.FACE_CHECK_SIGNATURE_INVALID, "faceCheck.signature");
            }
            Object result = claims.getClaimValue("result");
            return Outcome.ok(new Verified(claims.getJwtId(), subject.toUpperCase(), "MATCH".equals(result),
                    issuedAt));
        } catch (MalformedClaimException e) {
            return Outcome.refused(CertificationErrorCode.FACE_CHECK_SIGNATURE_INVALID, "faceCheck.signature");
        }
    }
}

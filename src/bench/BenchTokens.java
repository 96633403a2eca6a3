import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;

import com.sun.net.httpserver.HttpServer;

/**
 * The benchmark's own identity provider: a fresh RSA key pair, access tokens signed with it for the demo accounts
 * and addressed to the API's client id, and an HTTP server on 127.0.0.1 that serves the OpenID discovery document
 * and the JSON Web Key Set, so that the API verifies the tokens exactly as it verifies the bureau's. Only the JDK
 * is used; the private key is never written.
 * <p>
 * {@code java src/bench/BenchTokens.java <directory> <port> <audience> <login>:<role>...}
 * writes {@code <directory>/jwks.json} and {@code <directory>/<login>.token} for each account (valid for 3 hours),
 * then serves the issuer {@code http://127.0.0.1:<port>} until it is stopped.
 */
public class BenchTokens {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        String issuer = "http://127.0.0.1:" + port;
        String audience = args[2];
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
        String kid = "bench-" + Long.toHexString(System.nanoTime());

        Files.createDirectories(dir);
        String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\","
                + "\"kid\":\"" + kid + "\",\"n\":\"" + b64(unsigned(pub.getModulus())) + "\",\"e\":\""
                + b64(unsigned(pub.getPublicExponent())) + "\"}]}";
        String discovery = "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/jwks.json\","
                + "\"token_endpoint\":\"" + issuer + "/token\",\"authorization_endpoint\":\"" + issuer
                + "/authorize\",\"id_token_signing_alg_values_supported\":[\"RS256\"]}";

        long now = Instant.now().getEpochSecond();
        for (int i = 3; i < args.length; i++) {
            String[] account = args[i].split(":");
            String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}";
            String claims = "{\"iss\":\"" + issuer + "\",\"sub\":\"" + account[0] + "\",\"aud\":\"" + audience
                    + "\",\"groups\":[\"" + account[1] + "\"],\"preferred_username\":\"" + account[0] + "\","
                    + "\"iat\":" + now + ",\"nbf\":" + (now - 60) + ",\"exp\":" + (now + 3 * 3600) + ","
                    + "\"jti\":\"" + kid + "-" + i + "\"}";
            String signingInput = b64(header.getBytes(StandardCharsets.UTF_8)) + "."
                    + b64(claims.getBytes(StandardCharsets.UTF_8));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(keys.getPrivate());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            Files.writeString(dir.resolve(account[0] + ".token"), signingInput + "." + b64(rs256.sign()));
        }
        Files.writeString(dir.resolve("jwks.json"), jwks);

        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body = path.equals("/.well-known/openid-configuration") ? discovery
                    : path.equals("/jwks.json") ? jwks : null;
            byte[] bytes = (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        System.out.println("Benchmark identity provider at " + issuer);
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            byte[] trimmed = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
            return trimmed;
        }
        return bytes;
    }
}

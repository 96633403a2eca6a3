package cn.civicservices.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import static io.restassured.RestAssured.given;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import cn.civicservices.certification.FaceCheckDevSigner;
import cn.civicservices.support.Gql;
import io.quarkus.test.common.DevServicesContext;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;

/**
 * The key resident flows again, against the packaged application (the jar a production image runs), with the
 * seed data, the embedded PostgreSQL and the in-process OIDC provider.
 */
@QuarkusIntegrationTest
class ResidentFlowsIT implements DevServicesContext.ContextAware {

    private Map<String, String> devServices = Map.of();

    @Override
    public void setIntegrationTestContext(DevServicesContext context) {
        devServices = context.devServicesProperties();
    }

    private String token(String user) {
        String issuer = devServices.getOrDefault("quarkus.oidc.auth-server-url",
                ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));
        return given().formParam("grant_type", "password").formParam("client_id", "quarkus-app")
                .formParam("username", user).formParam("password", user)
                .post(issuer + "/token").then().statusCode(200).extract().path("access_token");
    }

    @Test
    void aPensionerSeesTheirStatus() {
        JsonPath status = Gql.doc("pensionStatus").withToken(token("resident1")).post();
        assertNull(status.get("errors"));
        assertEquals("ACTIVE", status.getString("data.myPensionStatus.benefits[0].status"));
        assertEquals("东仁村就业社保服务站", status.getString("data.myPensionStatus.nextStep.servicePoint.name"));
    }

    @Test
    void aSuspendedPensionerCertifiesByFaceCheckAndIsPaidAgain() {
        String key = ConfigProvider.getConfig().getValue("civic.face-check.dev-signer-key", String.class);
        String issuer = ConfigProvider.getConfig().getValue("civic.face-check.issuer", String.class);
        String result = FaceCheckDevSigner.sign(key, issuer, "140723195209036474", "MATCH",
                UUID.randomUUID().toString(), Instant.now(), Duration.ofMinutes(10));
        JsonPath payload = Gql.doc("faceCheck").withToken(token("resident2")).var("result", result).post();
        assertEquals(List.of(), payload.getList("data.certificationSubmitFaceCheck.userErrors"));
        assertEquals("ACTIVE", payload.getString("data.certificationSubmitFaceCheck.pensionStatus.benefits[0].status"));
    }

    @Test
    void errorsAreCodedAndPublicQueriesNeedNoToken() {
        assertEquals("UNAUTHENTICATED", Gql.doc("pensionStatus").post().getString("errors[0].extensions.code"));
        assertEquals("GRAPHQL_VALIDATION_FAILED", Gql.raw("{ area(").post().getString("errors[0].extensions.code"));
        assertEquals(9, Gql.doc("areas").var("parentCode", "140723").post().getInt("data.areas.totalCount"));
    }

    @Test
    void theApplicationStartsWithoutAWarningOrAnError() throws Exception {
        List<String> startup = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("target", "quarkus.log"))) {
            startup.add(line);
            if (line.contains(" started in ")) {
                break;
            }
        }
        assertEquals(List.of(), startup.stream().filter(line -> line.contains(" WARN ") || line.contains(" ERROR "))
                .toList(), "a start that asks nothing of anyone logs neither");
    }

    @Test
    void theDevOnlyRoutesAreNotInThePackagedApplication() {
        given().contentType("application/json").body("{\"idNumber\":\"140723195209036474\"}")
                .post("/dev/face-check").then().statusCode(404);
    }
}

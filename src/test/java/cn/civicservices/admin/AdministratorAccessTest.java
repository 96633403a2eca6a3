package cn.civicservices.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import cn.civicservices.support.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** An administrator answers for one jurisdiction, read from the administrator table by the token's subject. */
@QuarkusTest
class AdministratorAccessTest {

    @Test
    void theCountyAdministratorAnswersForHeshun() {
        JsonPath profile = Gql.doc("administratorProfile").as("admin1").post();
        assertEquals("140723", profile.getString("data.myAdministratorProfile.jurisdiction.code"));
        assertEquals("和顺县", profile.getString("data.myAdministratorProfile.jurisdiction.name"));
        assertEquals("COUNTY", profile.getString("data.myAdministratorProfile.jurisdiction.level"));
    }

    @Test
    void theProvinceAdministratorAnswersForShanxi() {
        JsonPath profile = Gql.doc("administratorProfile").as("provinceadmin1").post();
        assertEquals("14", profile.getString("data.myAdministratorProfile.jurisdiction.code"));
        assertEquals("PROVINCE", profile.getString("data.myAdministratorProfile.jurisdiction.level"));
    }

    @Test
    void residentAndWorkerTokensAreForbiddenAndNoTokenIsUnauthenticated() {
        assertEquals("FORBIDDEN", code(Gql.doc("administratorProfile").as("resident1").post()));
        assertEquals("FORBIDDEN", code(Gql.doc("administratorProfile").as("worker1").post()));
        assertEquals("UNAUTHENTICATED", code(Gql.doc("administratorProfile").post()));
    }

    @Test
    void anAdminTokenWithoutAnAdministratorRecordFindsNothing() {
        JsonPath answer = Gql.doc("administratorProfile").as("unlinkedadmin1").post();
        assertEquals("NOT_FOUND", code(answer));
        assertNull(answer.get("data"));
    }

    private static String code(JsonPath answer) {
        return answer.getString("errors[0].extensions.code");
    }
}

package cn.civicservices.servicepoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.civicservices.support.Fixtures;
import cn.civicservices.support.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * An administrator creates, changes and closes the service points of the villages of their jurisdiction: every
 * field checked with its own code, every change kept before and after, a closed point gone from the public
 * searches at once, and anything outside the jurisdiction answering like nothing.
 */
@QuarkusTest
class ServicePointManagementTest {

    /** Villages of the test county, where testadmin1 answers for 149901. */
    static final String VILLAGE = "149901995001";
    static final String OTHER_VILLAGE = "149901995002";
    static final String TOWNSHIP = "149901995";
    /** A position far from every other point of the suite (in Xinjiang), so that a nearby search finds only ours. */
    static final double LAT = 45.1234;
    static final double LON = 86.3210;

    @Inject
    Fixtures db;

    @BeforeEach
    void testCountyAndItsAdministrator() {
        db.testVillages(VILLAGE, OTHER_VILLAGE);
        db.administrator("testadmin1", "测试县管理员", "149901");
    }

    private static Map<String, Object> point(String village) {
        Map<String, Object> input = new HashMap<>();
        input.put("areaCode", village);
        input.put("name", "测试村就业社保服务站");
        input.put("address", "测试县测试乡测试村村民委员会");
        input.put("phone", "0354-8400999");
        input.put("openingHours", "周一至周五 08:30-12:00, 14:30-17:30; 周六 09:00-12:00");
        input.put("latitude", LAT);
        input.put("longitude", LON);
        input.put("hasKiosk", true);
        input.put("services", List.of("PENSION_CERTIFICATION", "PENSION_ENQUIRY", "PENSION_CERTIFICATION"));
        return input;
    }

    private static JsonPath create(String admin, Map<String, Object> input) {
        return Gql.doc("servicePointCreate").as(admin).var("input", input).post();
    }

    private String created() {
        JsonPath answer = create("testadmin1", point(VILLAGE));
        assertEquals(List.of(), answer.getList("data.servicePointCreate.userErrors"), answer.prettify());
        return answer.getString("data.servicePointCreate.servicePoint.code");
    }

    private static List<String> nearCodes() {
        JsonPath near = Gql.doc("servicePointsNear").var("near", Map.of("latitude", LAT, "longitude", LON))
                .var("radiusKm", 1.0).var("first", 100).post();
        return near.getList("data.servicePointsNear.edges.node.code");
    }

    @Test
    void aNewPointIsFoundNearbyAndInItsVillageAndItsCreationIsAudited() {
        String code = created();
        assertTrue(code.startsWith("SP" + VILLAGE), code);
        JsonPath shown = Gql.doc("servicePoint").var("code", code).post();
        assertEquals("测试村就业社保服务站", shown.getString("data.servicePoint.name"));
        assertTrue(shown.getBoolean("data.servicePoint.open"));
        assertTrue(nearCodes().contains(code));
        JsonPath inVillage = Gql.doc("servicePoints").var("areaCode", VILLAGE).var("first", 100).post();
        assertTrue(inVillage.getList("data.servicePoints.nodes.code").contains(code));
        assertEquals("{PENSION_CERTIFICATION,PENSION_ENQUIRY}",
                db.text("select cast(services as text) from service_point where code = ?1", code));
        assertEquals(1, db.count("select count(*) from service_point_change c join service_point p "
                + "on p.id = c.service_point_id where p.code = ?1 and c.action = 'CREATED' and c.before_state is null "
                + "and c.after_state ->> 'phone' = '0354-8400999' and c.actor = 'testadmin1'", code));
        assertEquals(1, db.count("select count(*) from audit_log where action = 'SERVICE_POINT_CREATED' "
                + "and actor = 'testadmin1' and actor_role = 'admin' and detail like ?1", "point " + code + ",%"));
    }

    @Test
    void aSecondPointOfTheSameVillageGetsTheNextCode() {
        String first = created();
        String second = created();
        assertFalse(first.equals(second));
        assertTrue(second.matches("SP" + VILLAGE + "[0-9]{2}"), second);
    }

    @Test
    void anUpdateKeepsThePointBeforeAndAfterAndAnUpdateThatChangesNothingIsNotRecorded() {
        String code = created();
        JsonPath answer = Gql.doc("servicePointUpdate").as("testadmin1").var("input", Map.of("code", code,
                "phone", "13912345678", "openingHours", "09:00-11:30", "areaCode", OTHER_VILLAGE)).post();
        assertEquals(List.of(), answer.getList("data.servicePointUpdate.userErrors"), answer.prettify());
        assertEquals("13912345678", answer.getString("data.servicePointUpdate.servicePoint.phone"));
        assertEquals(OTHER_VILLAGE, answer.getString("data.servicePointUpdate.servicePoint.area.code"));
        assertEquals("测试村就业社保服务站", answer.getString("data.servicePointUpdate.servicePoint.name"));
        assertEquals(1, db.count("select count(*) from service_point_change c join service_point p "
                + "on p.id = c.service_point_id where p.code = ?1 and c.action = 'UPDATED' "
                + "and c.before_state ->> 'phone' = '0354-8400999' and c.after_state ->> 'phone' = '13912345678' "
                + "and c.before_state ->> 'areaCode' = ?2 and c.after_state ->> 'areaCode' = ?3", code, VILLAGE,
                OTHER_VILLAGE));
        JsonPath same = Gql.doc("servicePointUpdate").as("testadmin1")
                .var("input", Map.of("code", code, "phone", "13912345678")).post();
        assertEquals(List.of(), same.getList("data.servicePointUpdate.userErrors"));
        assertEquals(2, db.count("select count(*) from service_point_change c join service_point p "
                + "on p.id = c.service_point_id where p.code = ?1", code));
        assertEquals(1, db.count("select count(*) from audit_log where action = 'SERVICE_POINT_UPDATED' "
                + "and detail like ?1", "point " + code + ",%"));
    }

    @Test
    void aClosedPointLeavesEveryPublicSearchAtOnceAndClosingAgainChangesNothing() {
        String code = created();
        assertTrue(nearCodes().contains(code));
        JsonPath closed = Gql.doc("servicePointClose").as("testadmin1").var("input", Map.of("code", code)).post();
        assertEquals(List.of(), closed.getList("data.servicePointClose.userErrors"), closed.prettify());
        assertFalse(closed.getBoolean("data.servicePointClose.servicePoint.open"));
        assertFalse(nearCodes().contains(code));
        JsonPath inVillage = Gql.doc("servicePoints").var("areaCode", VILLAGE).var("first", 100).post();
        assertFalse(inVillage.getList("data.servicePoints.nodes.code").contains(code));
        assertEquals("NOT_FOUND", Gql.doc("servicePoint").var("code", code).post()
                .getString("errors[0].extensions.code"));

        JsonPath again = Gql.doc("servicePointClose").as("testadmin1").var("input", Map.of("code", code)).post();
        assertEquals(List.of(), again.getList("data.servicePointClose.userErrors"));
        assertFalse(again.getBoolean("data.servicePointClose.servicePoint.open"));
        assertEquals(1, db.count("select count(*) from service_point_change c join service_point p "
                + "on p.id = c.service_point_id where p.code = ?1 and c.action = 'CLOSED' "
                + "and c.before_state ->> 'active' = 'true' and c.after_state ->> 'active' = 'false'", code));
        assertEquals(1, db.count("select count(*) from audit_log where action = 'SERVICE_POINT_CLOSED' "
                + "and detail like ?1", "point " + code + ",%"));

        JsonPath update = Gql.doc("servicePointUpdate").as("testadmin1")
                .var("input", Map.of("code", code, "name", "新名字")).post();
        assertEquals("POINT_CLOSED", update.getString("data.servicePointUpdate.userErrors[0].code"));
    }

    @Test
    void everyFieldAtFaultIsNamedWithItsCodeAndNothingIsCreated() {
        Map<String, Object> input = point(TOWNSHIP);
        input.put("name", " ");
        input.put("address", "地".repeat(201));
        input.put("phone", "12345");
        input.put("openingHours", "12:00-08:30");
        input.put("latitude", 60.0);
        input.put("longitude", 10.0);
        long before = db.count("select count(*) from service_point");
        JsonPath answer = create("testadmin1", input);
        assertNull(answer.get("data.servicePointCreate.servicePoint"));
        Map<String, String> codes = new HashMap<>();
        List<Map<String, Object>> errors = answer.getList("data.servicePointCreate.userErrors");
        for (Map<String, Object> e : errors) {
            codes.put(String.valueOf(((List<?>) e.get("field")).get(1)), (String) e.get("code"));
        }
        assertEquals(Map.of("areaCode", "AREA_NOT_A_VILLAGE", "name", "NAME_LENGTH", "address", "ADDRESS_LENGTH",
                "phone", "PHONE_FORMAT", "openingHours", "OPENING_HOURS_FORMAT", "latitude", "POSITION_OUT_OF_RANGE",
                "longitude", "POSITION_OUT_OF_RANGE"), codes, answer.prettify());
        assertEquals(before, db.count("select count(*) from service_point"));
        assertEquals("Write opening hours like \"Mon-Fri 08:30-12:00, 14:30-17:30\": each range ends after it starts "
                + "and after the one before; groups are separated by ';'.",
                Gql.doc("servicePointCreate").as("testadmin1").inEnglish().var("input", input).post()
                        .getString("data.servicePointCreate.userErrors.find { it.code == 'OPENING_HOURS_FORMAT' }.message"));
    }

    @Test
    void phonesOfMainlandFormatsAndReadableOpeningHours() {
        for (String good : List.of("13812345678", "19900001111", "0354-8400002", "03548400002", "010-12345678",
                "02112345678")) {
            assertTrue(ServicePointManagement.validPhone(good), good);
        }
        for (String bad : List.of("12812345678", "1381234567", "138123456789", "354-8400002", "0354-840000",
                "+8613812345678", "0354 8400002", "")) {
            assertFalse(ServicePointManagement.validPhone(bad), bad);
        }
        for (String good : List.of("08:30-12:00", "周一至周五 08:30-12:00, 14:30-17:30", "周二、四 08:30-11:30",
                "周一至周五 09:00-11:30，15:00-17:00；周六 09:00-12:00", "00:00-24:00")) {
            assertTrue(OpeningHours.readable(good), good);
        }
        for (String bad : List.of("", "全天", "8:30-12:00", "12:00-08:30", "08:30-12:00, 11:00-17:00",
                "25:00-26:00", "08:60-09:00", "08:30-08:30", "周一 08:30-12:00;", "x".repeat(201))) {
            assertFalse(OpeningHours.readable(bad), bad);
        }
    }

    @Test
    void aVillageOrAPointOutsideTheJurisdictionReadsLikeNothing() {
        // testadmin1 answers for 149901: a Heshun village and a Heshun point do not exist for them.
        JsonPath heshun = create("testadmin1", point("140723100200"));
        assertEquals("AREA_NOT_A_VILLAGE", heshun.getString("data.servicePointCreate.userErrors[0].code"));
        JsonPath unknown = create("testadmin1", point("149901995999"));
        assertEquals(heshun.getString("data.servicePointCreate.userErrors[0].message"),
                unknown.getString("data.servicePointCreate.userErrors[0].message"));

        JsonPath outside = Gql.doc("servicePointUpdate").as("testadmin1")
                .var("input", Map.of("code", "SP140723100200", "name", "改名")).post();
        JsonPath nobody = Gql.doc("servicePointUpdate").as("testadmin1")
                .var("input", Map.of("code", "SP000000000000", "name", "改名")).post();
        assertEquals("NOT_FOUND", outside.getString("data.servicePointUpdate.userErrors[0].code"));
        assertEquals(nobody.getMap("data"), outside.getMap("data"));
        JsonPath closeOutside = Gql.doc("servicePointClose").as("testadmin1")
                .var("input", Map.of("code", "SP140723100200")).post();
        assertEquals("NOT_FOUND", closeOutside.getString("data.servicePointClose.userErrors[0].code"));
        assertEquals("东仁村就业社保服务站", db.text("select name from service_point where code = 'SP140723100200'"));
        assertEquals(1, db.count("select count(*) from service_point where code = 'SP140723100200' and active"));

        // admin1 answers for Heshun: the test county's point does not exist for them.
        String code = created();
        JsonPath fromHeshun = Gql.doc("servicePointClose").as("admin1").var("input", Map.of("code", code)).post();
        assertEquals("NOT_FOUND", fromHeshun.getString("data.servicePointClose.userErrors[0].code"));
        assertTrue(nearCodes().contains(code));
    }

    @Test
    void residentAndWorkerTokensAreForbiddenAndNoTokenIsUnauthenticated() {
        for (String user : List.of("resident1", "worker1")) {
            assertEquals("FORBIDDEN", create(user, point(VILLAGE)).getString("errors[0].extensions.code"));
            assertEquals("FORBIDDEN", Gql.doc("servicePointUpdate").as(user)
                    .var("input", Map.of("code", "SP140723100200", "name", "x")).post()
                    .getString("errors[0].extensions.code"));
            assertEquals("FORBIDDEN", Gql.doc("servicePointClose").as(user)
                    .var("input", Map.of("code", "SP140723100200")).post().getString("errors[0].extensions.code"));
        }
        assertEquals("UNAUTHENTICATED", Gql.doc("servicePointClose").var("input", Map.of("code", "SP140723100200"))
                .post().getString("errors[0].extensions.code"));
        assertEquals(1, db.count("select count(*) from service_point where code = 'SP140723100200' and active"));
    }
}

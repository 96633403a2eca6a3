package cn.civicservices.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.civicservices.support.Fixtures;
import cn.civicservices.support.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Service-point coverage over HTTP, against counts made from the base tables. */
@QuarkusTest
class ServicePointCoverageTest {

    static final String BARE_VILLAGE = "149901951001";
    static final String CLOSED_VILLAGE = "149901951002";

    @Inject
    Fixtures db;

    @Test
    void heshunReadsAsTheBaseTablesSayForTheCountyAndATownship() {
        for (String area : List.of("140723", "140723100")) {
            JsonPath answer = Gql.doc("servicePointCoverage").as("admin1").var("areaCode", area).post();
            String c = "data.servicePointCoverage.";
            String like = area + "%";
            long villages = db.count("select count(*) from area where level = 'VILLAGE' and code like ?1", like);
            long covered = db.count("select count(*) from area a where level = 'VILLAGE' and code like ?1 and exists "
                    + "(select 1 from service_point s where s.area_code = a.code and s.active)", like);
            assertEquals(villages, answer.getLong(c + "villages"), area);
            assertEquals(covered, answer.getLong(c + "villagesWithActivePoint"), area);
            assertEquals(villages - covered, answer.getLong(c + "villagesWithoutActivePoint"), area);
            assertEquals(villages - covered, answer.getLong(c + "villagesWithoutPoint.totalCount"), area);
            assertEquals(db.count("select count(*) from service_point where active and area_code like ?1", like),
                    answer.getLong(c + "activePoints"), area);
            assertEquals(db.count("select count(*) from service_point where active and has_kiosk and area_code like ?1", like),
                    answer.getLong(c + "kiosks"), area);
            assertEquals(db.count("select count(*) from service_point where not active and area_code like ?1", like),
                    answer.getLong(c + "closedPoints"), area);
        }
        JsonPath heshun = Gql.doc("servicePointCoverage").as("admin1").var("areaCode", "140723").post();
        assertEquals(183, heshun.getLong("data.servicePointCoverage.villages"));
        assertTrue(heshun.getLong("data.servicePointCoverage.activePoints") >= 192);
    }

    @Test
    void villagesWithoutAnActivePointAreListedPageByPage() {
        db.testVillages(BARE_VILLAGE, CLOSED_VILLAGE);
        db.execute("insert into service_point (code, name, area_code, address, phone, opening_hours, latitude, longitude, "
                + "has_kiosk, active) values ('SPTESTCLOSED1', '测试站（已关闭）', ?1, '测试地址', '0354-0000000', '8:00-17:00', "
                + "37.3, 113.5, true, false) on conflict (code) do nothing", CLOSED_VILLAGE);
        JsonPath province = Gql.doc("servicePointCoverage").as("provinceadmin1").var("areaCode", "149901951")
                .var("first", 1).post();
        String c = "data.servicePointCoverage.";
        assertEquals(2, province.getLong(c + "villages"));
        assertEquals(0, province.getLong(c + "villagesWithActivePoint"));
        assertEquals(1, province.getLong(c + "closedPoints"));
        assertEquals(0, province.getLong(c + "kiosks"));
        List<String> listed = new ArrayList<>(province.getList(c + "villagesWithoutPoint.nodes.code"));
        assertEquals(List.of(BARE_VILLAGE), listed);
        JsonPath next = Gql.doc("servicePointCoverage").as("provinceadmin1").var("areaCode", "149901951")
                .var("first", 1).var("after", province.getString(c + "villagesWithoutPoint.pageInfo.endCursor")).post();
        assertEquals(List.of(CLOSED_VILLAGE), next.getList(c + "villagesWithoutPoint.nodes.code"));
        assertEquals(false, next.getBoolean(c + "villagesWithoutPoint.pageInfo.hasNextPage"));
    }

    @Test
    void outsideTheJurisdictionIsNotFoundAndOtherRolesAreForbidden() {
        db.testVillages(BARE_VILLAGE);
        assertEquals("NOT_FOUND", Gql.doc("servicePointCoverage").as("admin1").var("areaCode", "149901951").post()
                .getString("errors[0].extensions.code"));
        assertEquals("NOT_FOUND", Gql.doc("servicePointCoverage").as("admin1").var("areaCode", "14").post()
                .getString("errors[0].extensions.code"));
        assertEquals("FORBIDDEN", Gql.doc("servicePointCoverage").as("worker1").var("areaCode", "140723").post()
                .getString("errors[0].extensions.code"));
        assertEquals("FORBIDDEN", Gql.doc("servicePointCoverage").as("resident1").var("areaCode", "140723").post()
                .getString("errors[0].extensions.code"));
    }
}

package cn.civicservices.resident;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import cn.civicservices.support.Fixtures;
import cn.civicservices.support.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ResidentLookupTest {

    /** resident2 of the seed data lives in a village of worker1. */
    private static final String IN_WORKER1_VILLAGE = "140723195209036474";

    @Inject
    Fixtures db;

    @Test
    void aWorkerFindsAResidentOfTheirVillageMaskedOnly() {
        JsonPath result = Gql.doc("residentByIdNumber").as("worker1").var("idNumber", IN_WORKER1_VILLAGE).post();
        assertEquals("武福生", result.getString("data.residentByIdNumber.name"));
        assertNull(result.get("data.residentByIdNumber.idNumber"), "only the owner sees the full number");
        assertEquals("1407**********6474", result.getString("data.residentByIdNumber.idNumberMasked"));
        assertEquals(1, db.count("select count(*) from audit_log where actor = 'worker1' and action = "
                + "'READ_RESIDENT_BY_ID_NUMBER' and resident_id = 2"));
    }

    @Test
    void someoneOutsideTheWorkersVillagesLooksLikeNobody() {
        String elsewhere = db.idNumberOf(db.count("select min(r.id) from resident r where r.area_code not in "
                + "(select wa.area_code from worker_area wa join worker w on w.id = wa.worker_id "
                + "where w.login_subject = 'worker1')"));
        JsonPath hidden = Gql.doc("residentByIdNumber").as("worker1").var("idNumber", elsewhere).post();
        JsonPath nobody = Gql.doc("residentByIdNumber").as("worker1").var("idNumber", Fixtures.idNumber(
                java.time.LocalDate.of(1901, 1, 1), true)).post();
        assertEquals("NOT_FOUND", hidden.getString("errors[0].extensions.code"));
        assertEquals("NOT_FOUND", nobody.getString("errors[0].extensions.code"));

        JsonPath admin = Gql.doc("residentByIdNumber").as("admin1").var("idNumber", elsewhere).post();
        assertNull(admin.get("errors"));
    }

    @Test
    void invalidNumbersAreBadInputAndResidentsMayNotSearch() {
        JsonPath checksum = Gql.doc("residentByIdNumber").as("worker1").var("idNumber", "140723195209036475").post();
        assertEquals("BAD_USER_INPUT", checksum.getString("errors[0].extensions.code"));
        assertThat(checksum.getString("errors[0].message"), containsString("校验码"));
        JsonPath shape = Gql.doc("residentByIdNumber").as("worker1").var("idNumber", "1407").inEnglish().post();
        assertThat(shape.getString("errors[0].message"), containsString("17 digits"));
        JsonPath resident = Gql.doc("residentByIdNumber").as("resident1").var("idNumber", IN_WORKER1_VILLAGE).post();
        assertEquals("FORBIDDEN", resident.getString("errors[0].extensions.code"));
    }
}

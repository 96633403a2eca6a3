package cn.civicservices.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static io.restassured.RestAssured.given;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.Test;

import cn.civicservices.resident.IdNumber;
import cn.civicservices.support.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Every argument and input field of the schema is checked for range as well as shape, in the document and in
 * variables; whatever a client sends ends as BAD_USER_INPUT or GRAPHQL_VALIDATION_FAILED with a short message
 * for people, never as INTERNAL, never with a Java name, never echoing a long value back.
 */
@QuarkusTest
class InputValidationTest {

    private static final String BAD = "BAD_USER_INPUT";
    private static final String INVALID = "GRAPHQL_VALIDATION_FAILED";
    private static final String LONG = "x".repeat(10_000);

    @Inject
    ValidatorFactory validation;

    @Inject
    Clock clock;

    /** The error is coded as one of the codes, and its message is short and for people. */
    private static String refused(JsonPath result, String... codes) {
        String code = result.getString("errors[0].extensions.code");
        assertTrue(List.of(codes).contains(code), "expected " + List.of(codes) + " but was " + result.get());
        String message = result.getString("errors[0].message");
        assertThat(message.length(), lessThanOrEqualTo(300));
        for (String name : List.of("java.", "graphql.", "io.smallrye", "cn.civicservices", "Exception", "SRGQL",
                "HashMap", "ArrayList", "BigDecimal'", "Value{", "Unknown Scalar", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")) {
            assertThat(message, not(containsString(name)));
        }
        return message;
    }

    /** A request body sent as written, for JSON numbers a Java map cannot carry (1e400, 1E+1000000000). */
    private static JsonPath rawBody(String json) {
        return given().contentType(ContentType.JSON).body(json).post("/graphql")
                .then().statusCode(200).extract().jsonPath();
    }

    private static final String ESTIMATE = "query EligibilityEstimate($input: PensionEligibilityInput!) { "
            + "pensionEligibilityEstimate(input: $input) { qualified } }";

    private static JsonPath estimate(Map<String, Object> input) {
        return Gql.doc("eligibilityEstimate").var("input", input).post();
    }

    private static Map<String, Object> person(Object... more) {
        Map<String, Object> input = new HashMap<>(Map.of("birthDate", "1960-05-01", "contributionYears", 15));
        for (int i = 0; i < more.length; i += 2) {
            input.put((String) more[i], more[i + 1]);
        }
        return input;
    }

    private static JsonPath estimateInline(String fields) {
        return Gql.raw("{ pensionEligibilityEstimate(input: {" + fields + "}) { qualified } }").post();
    }

    // --- the pension calculator

    @Test
    void theCalculatorRefusesBirthDatesBefore1900OrInTheFuture() {
        String zh = refused(estimate(person("birthDate", "1800-01-01")), BAD);
        assertThat(zh, containsString("input.birthDate"));
        assertThat(zh, containsString("1900-01-01"));
        String en = refused(Gql.doc("eligibilityEstimate").var("input", person("birthDate", "1800-01-01"))
                .inEnglish().post(), BAD);
        assertThat(en, containsString("input.birthDate"));
        assertThat(en, containsString("between 1900-01-01 and today"));
        refused(estimate(person("birthDate", "1899-12-31")), BAD);
        refused(estimate(person("birthDate", "2030-01-01")), BAD);
        assertNull(estimate(person("birthDate", "1900-01-01")).get("errors"), "1900-01-01 is the first day allowed");
    }

    @Test
    void theCalculatorRefusesAnUnknownArea() {
        String zh = refused(estimate(person("areaCode", "999999")), BAD);
        assertThat(zh, containsString("input.areaCode"));
        String en = refused(Gql.doc("eligibilityEstimate").var("input", person("areaCode", "999999")).inEnglish()
                .post(), BAD);
        assertThat(en, containsString("unknown"));
        refused(estimate(person("areaCode", "abc")), BAD);
        refused(estimate(person("areaCode", LONG)), BAD);
        assertNull(estimate(person("areaCode", "140723100200")).get("errors"), "a village of the county is known");
    }

    @Test
    void theCalculatorRefusesContributionYearsOutOfRange() {
        String en = refused(Gql.doc("eligibilityEstimate").var("input", person("contributionYears", 61)).inEnglish()
                .post(), BAD);
        assertThat(en, containsString("input.contributionYears"));
        refused(estimate(person("contributionYears", -1)), BAD);
        // Born 1990, 16 in 2006: fewer than 45 years have passed since at any plausible run date.
        String since16 = refused(Gql.doc("eligibilityEstimate")
                .var("input", person("birthDate", "1990-01-01", "contributionYears", 45)).inEnglish().post(), BAD);
        assertThat(since16, containsString("age 16"));
    }

    @Test
    void theCalculatorRefusesBalancesOutOfRangeOrWithMoreThanTwoDecimals() {
        String en = refused(Gql.doc("eligibilityEstimate").var("input", person("accountBalance", 20_000_000))
                .inEnglish().post(), BAD);
        assertThat(en, containsString("input.accountBalance"));
        refused(estimate(person("accountBalance", -1)), BAD);
        refused(estimate(person("accountBalance", 1.234)), BAD);
        assertNull(estimate(person("accountBalance", "9999999.99")).get("errors"));
    }

    @Test
    void hugeAndNonFiniteNumbersAreRefusedCheaply() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            refused(estimateInline("birthDate: \"1960-01-01\", contributionYears: 15, accountBalance: 1E+1000000000"),
                    BAD, INVALID);
            refused(estimateInline("birthDate: \"1960-01-01\", contributionYears: 15, accountBalance: 1E-1000000000"),
                    BAD, INVALID);
            refused(estimate(person("accountBalance", "1E+1000000000")), BAD, INVALID);
            refused(estimate(person("accountBalance", "NaN")), BAD, INVALID);
            refused(estimate(person("accountBalance", "abc")), BAD, INVALID);
            String body = "{\"query\": \"" + ESTIMATE + "\", \"variables\": {\"input\": {\"birthDate\": "
                    + "\"1960-01-01\", \"contributionYears\": 15, \"accountBalance\": %s}}}";
            refused(rawBody(String.format(body, "1E+1000000000")), BAD, INVALID);
            refused(rawBody(String.format(body, "-1E-1000000000")), BAD, INVALID);
            refused(rawBody(String.format(body, "1e400")), BAD, INVALID);
            String years = "{\"query\": \"" + ESTIMATE + "\", \"variables\": {\"input\": {\"birthDate\": "
                    + "\"1960-01-01\", \"contributionYears\": %s}}}";
            refused(rawBody(String.format(years, "1e400")), BAD, INVALID);
            refused(rawBody(String.format(years, "3000000000")), BAD, INVALID);
            refused(rawBody(String.format(years, "15.5")), BAD, INVALID);
        });
    }

    @Test
    void valuesOfTheWrongTypeAreRefusedInTheDocumentAndInVariables() {
        String inline = refused(estimateInline("birthDate: \"1960-01-01\", contributionYears: \"15\""), INVALID);
        assertThat(inline, containsString("input.contributionYears"));
        String variable = refused(estimate(person("contributionYears", "15")), INVALID);
        assertThat(variable, containsString("contributionYears"));
        refused(estimateInline("birthDate: \"1960-01-01\", contributionYears: 15.5"), INVALID);
        refused(estimateInline("birthDate: 19600101, contributionYears: 15"), INVALID);
        refused(estimateInline("birthDate: \"1960-13-01\", contributionYears: 15"), INVALID);
        refused(estimateInline("birthDate: \"1960-01-01T00:00:00\", contributionYears: 15"), INVALID);
        refused(estimate(person("birthDate", "1960-13-01")), INVALID);
        refused(estimate(person("birthDate", LONG)), INVALID);
        refused(estimate(person("birthDate", Map.of("a", 1))), INVALID);
        refused(estimateInline("birthDate: \"1960-01-01\", contributionYears: 15, areaCode: {a: 1}"), INVALID);
        String area = refused(estimate(person("areaCode", Map.of("a", 1))), INVALID);
        assertThat(area, containsString("areaCode"));
        refused(estimate(person("drawsOtherBasicPension", "yes")), INVALID);
        refused(estimate(person("nosuch", 1)), INVALID);
        refused(Gql.doc("eligibilityEstimate").var("input", "hello").post(), INVALID);
        refused(Gql.doc("eligibilityEstimate").var("input", person("birthDate", null)).post(), INVALID);
        String en = refused(Gql.doc("eligibilityEstimate").var("input", person("contributionYears", "15")).inEnglish()
                .post(), INVALID);
        assertThat(en, containsString("whole number"));
    }

    // --- service points and areas

    private static JsonPath near(Object latitude, Object longitude) {
        return Gql.doc("servicePointsNear").var("near", Map.of("latitude", latitude, "longitude", longitude)).post();
    }

    @Test
    void coordinatesAndRadiusAreRefusedOutOfRangeOrNotFinite() {
        refused(Gql.raw("{ servicePointsNear(near: {latitude: 1e400, longitude: 113}) { totalCount } }").post(),
                BAD, INVALID);
        refused(rawBody("{\"query\": \"query($near: GeoPointInput!) { servicePointsNear(near: $near) { totalCount } }\", "
                + "\"variables\": {\"near\": {\"latitude\": 1e400, \"longitude\": 113}}}"), BAD, INVALID);
        refused(near("NaN", 113), INVALID);
        refused(near("Infinity", 113), INVALID);
        refused(near("37", 113), INVALID);
        refused(near(Map.of("x", 1), 113), INVALID);
        String latitude = refused(near(91, 113), BAD);
        assertThat(latitude, containsString("near.latitude"));
        String longitude = refused(near(37, -180.5), BAD);
        assertThat(longitude, containsString("near.longitude"));

        refused(Gql.raw("{ servicePointsNear(near: {latitude: 37, longitude: 113}, radiusKm: 1e400) { totalCount } }")
                .post(), BAD, INVALID);
        refused(Gql.raw("{ servicePointsNear(near: {latitude: 37, longitude: 113}, radiusKm: \"5\") { totalCount } }")
                .post(), INVALID);
        refused(Gql.doc("servicePointsNear").var("near", Map.of("latitude", 37, "longitude", 113))
                .var("radiusKm", "NaN").post(), INVALID);
        String radius = refused(Gql.doc("servicePointsNear").var("near", Map.of("latitude", 37, "longitude", 113))
                .var("radiusKm", 0).post(), BAD);
        assertThat(radius, containsString("radiusKm"));
        refused(Gql.doc("servicePointsNear").var("near", Map.of("latitude", 37, "longitude", 113))
                .var("radiusKm", 201).post(), BAD);
    }

    @Test
    void pageSizesAndCursorsAreRefusedOutOfRangeOrOfTheWrongType() {
        Map<String, Object> here = Map.of("latitude", 37.3, "longitude", 113.5);
        refused(Gql.doc("servicePointsNear").var("near", here).var("first", "abc").post(), INVALID);
        refused(Gql.doc("servicePointsNear").var("near", here).var("first", 2.5).post(), INVALID);
        refused(Gql.doc("servicePointsNear").var("near", here).var("first", 1e20).post(), INVALID);
        refused(Gql.doc("areas").var("first", 3_000_000_000L).post(), INVALID);
        refused(Gql.doc("areas").var("first", "3").post(), INVALID);
        refused(Gql.doc("areas").var("first", true).post(), INVALID);
        refused(Gql.doc("areas").var("first", List.of(1)).post(), INVALID);
        refused(Gql.raw("{ areas(first: \"abc\") { totalCount } }").post(), INVALID);
        refused(Gql.raw("{ areas(first: 2.5) { totalCount } }").post(), INVALID);
        refused(Gql.raw("{ areas(first: 1e400) { totalCount } }").post(), INVALID);
        refused(Gql.raw("{ areas(first: 99999999999999) { totalCount } }").post(), INVALID);
        refused(Gql.doc("areas").var("first", -1).post(), BAD);
        refused(Gql.doc("areas").var("first", 101).post(), BAD);
        refused(Gql.doc("areas").var("first", 2).var("after", LONG).post(), BAD);
        refused(Gql.doc("areas").var("last", 2).var("before", LONG).post(), BAD);
        refused(Gql.doc("areas").var("first", 2).var("after", Map.of("a", 1)).post(), INVALID);
    }

    @Test
    void enumsAndBooleansOfTheWrongValueAreRefused() {
        refused(Gql.doc("areas").var("level", "NOSUCH".repeat(2000)).post(), INVALID);
        refused(Gql.raw("{ areas(level: \"CITY\") { totalCount } }").post(), INVALID);
        refused(Gql.doc("servicePoints").var("filter", Map.of("offers", List.of("NOSUCH".repeat(2000)))).post(),
                INVALID);
        refused(Gql.raw("{ servicePoints(filter: {offers: [NOSUCH]}) { totalCount } }").post(), INVALID);
        refused(Gql.raw("{ servicePoints(filter: {hasKiosk: \"yes\"}) { totalCount } }").post(), INVALID);
        refused(Gql.doc("servicePoints").var("filter", Map.of("hasKiosk", "yes")).post(), INVALID);
        String offers = refused(Gql.doc("servicePoints").var("filter", Map.of("offers",
                java.util.Collections.nCopies(9, "ENROLMENT"))).post(), BAD);
        assertThat(offers, containsString("filter.offers"));
    }

    @Test
    void codesAreRefusedByShapeWithoutEchoingThem() {
        refused(Gql.doc("area").var("code", LONG).post(), BAD);
        refused(Gql.doc("areas").var("parentCode", LONG).post(), BAD);
        refused(Gql.doc("servicePoints").var("areaCode", LONG).post(), BAD);
        refused(Gql.raw("{ servicePoint(code: \"" + LONG + "\") { name } }").post(), BAD, "NOT_FOUND");
        refused(Gql.doc("area").var("code", 14).post(), INVALID);
        refused(Gql.doc("area").var("code", List.of("14")).post(), INVALID);
        refused(Gql.doc("area").var("code", true).post(), INVALID);
        refused(Gql.raw("{ area(code: 14) { name } }").post(), INVALID);
        refused(Gql.raw("{ area(code: \"14\") { " + LONG + " } }").post(), INVALID);
    }

    // --- resident ID numbers

    private static String idNumber(String birth) {
        String first17 = "140723" + birth + "123";
        return first17 + IdNumber.checkCharacter(first17);
    }

    @Test
    void idNumbersBornInTheFutureOrBefore1900AreRefused() {
        String future = refused(Gql.doc("residentByIdNumber").as("worker1").var("idNumber", idNumber("20300101"))
                .inEnglish().post(), BAD);
        assertThat(future, containsString("idNumber"));
        assertThat(future, containsString("1900-01-01"));
        refused(Gql.doc("residentByIdNumber").as("worker1").var("idNumber", idNumber("18991231")).post(), BAD);
        refused(Gql.doc("residentByIdNumber").as("worker1").var("idNumber", LONG).post(), BAD);
        assertEquals("NOT_FOUND", Gql.doc("residentByIdNumber").as("worker1").var("idNumber", idNumber("19000101"))
                .post().getString("errors[0].extensions.code"), "a plausible number nobody has");
    }

    // --- mutations: refusals are user errors, short, and never INTERNAL

    @Test
    void oversizedMutationInputIsRefusedWithShortMessages() {
        JsonPath note = Gql.doc("homeVisitRequest").as("resident1").var("input", Map.of("clientId",
                UUID.randomUUID().toString(), "note", "很".repeat(1_000_000))).post();
        assertNull(note.get("errors"));
        assertEquals("INVALID", note.getString("data.homeVisitRequest.userErrors[0].code"));
        JsonPath clientId = Gql.doc("homeVisitRequest").as("resident1").var("input", Map.of("clientId", LONG)).post();
        assertEquals("INVALID", clientId.getString("data.homeVisitRequest.userErrors[0].code"));
        assertThat(clientId.getString("data.homeVisitRequest.userErrors[0].message").length(), lessThanOrEqualTo(300));
        refused(Gql.doc("homeVisitRequest").as("resident1").var("input", Map.of("clientId", Map.of("a", 1))).post(),
                INVALID);
        refused(Gql.doc("homeVisitRequest").as("resident1").var("input", Map.of("clientId", UUID.randomUUID()
                .toString(), "reason", "NOSUCH")).post(), INVALID);

        JsonPath face = Gql.doc("faceCheck").as("resident1").var("result", "y".repeat(2_000_000)).post();
        assertNull(face.get("errors"));
        assertEquals("FACE_CHECK_SIGNATURE_INVALID", face.getString("data.certificationSubmitFaceCheck.userErrors[0].code"));
        assertThat(face.getString("data.certificationSubmitFaceCheck.userErrors[0].message").length(),
                lessThanOrEqualTo(300));
        refused(Gql.doc("faceCheck").as("resident1").var("result", 42).post(), INVALID);
    }

    // --- the request itself

    @Test
    void requestMembersOfTheWrongJsonTypeAreRefused() {
        refused(rawBody("{\"query\": \"{ area(code: \\\"14\\\") { name } }\", \"variables\": \"notamap\"}"), INVALID);
        refused(rawBody("{\"query\": \"{ area(code: \\\"14\\\") { name } }\", \"variables\": [1]}"), INVALID);
        refused(rawBody("{\"query\": \"{ area(code: \\\"14\\\") { name } }\", \"operationName\": {\"x\": 1}}"), INVALID);
        refused(rawBody("{\"query\": \"{ area(code: \\\"14\\\") { name } }\", \"extensions\": 5}"), INVALID);
        assertThat(rawBody("{\"query\": \"{ area(code: \\\"14\\\") { name } }\", \"variables\": null}")
                .getString("data.area.name"), is("山西省"));
    }

    // --- the clock of validation

    @Test
    void beanValidationUsesTheBureausClock() {
        assertSame(clock, validation.getClockProvider().getClock());
        assertEquals(ZoneId.of("Asia/Shanghai"), validation.getClockProvider().getClock().getZone());
    }
}

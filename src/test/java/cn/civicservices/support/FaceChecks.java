package cn.civicservices.support;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;

/** Face-check results made by the dev stand-in of the identity verification service ({@code POST /dev/face-check}). */
public final class FaceChecks {

    private FaceChecks() {
    }

    /** A result for the ID number, MATCH or NO_MATCH, valid for ten minutes. */
    public static String result(String idNumber, String result) {
        return result(idNumber, result, 600);
    }

    public static String result(String idNumber, String result, long validSeconds) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("idNumber", idNumber, "result", result, "validSeconds", validSeconds))
                .post("/dev/face-check").then().statusCode(200).extract().path("faceCheckResult");
    }
}

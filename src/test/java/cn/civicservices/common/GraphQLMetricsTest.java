package cn.civicservices.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cn.civicservices.support.Gql;
import io.quarkus.test.junit.QuarkusTest;

/** /q/metrics shows the time of each GraphQL request by operation and the errors answered by code. */
@QuarkusTest
class GraphQLMetricsTest {

    @Test
    void requestsAreTimedByOperationAndErrorsCountedByCode() {
        double areas = value("graphql_operation_seconds_count", "operation=\"area\"", "outcome=\"success\"");
        double failedAreas = value("graphql_operation_seconds_count", "operation=\"area\"", "outcome=\"error\"");
        double missing = value("graphql_errors_total", "code=\"NOT_FOUND\"", "operation=\"area\"");
        double invalid = value("graphql_errors_total", "code=\"GRAPHQL_VALIDATION_FAILED\"", "operation=\"invalid\"");
        double forbidden = value("graphql_errors_total", "code=\"FORBIDDEN\"", "operation=\"myWorkList\"");

        Gql.doc("area").var("code", "140723").post();
        Gql.doc("area").var("code", "140723").post();
        Gql.doc("area").var("code", "149999999999").post();
        Gql.raw("{ area(code: \"14\") { noSuchField } }").post();
        Gql.doc("workList").as("resident1").post();

        assertEquals(areas + 2, value("graphql_operation_seconds_count", "operation=\"area\"", "outcome=\"success\""));
        assertEquals(failedAreas + 1, value("graphql_operation_seconds_count", "operation=\"area\"",
                "outcome=\"error\""), "each outcome has its own timer");
        assertEquals(missing + 1, value("graphql_errors_total", "code=\"NOT_FOUND\"", "operation=\"area\""));
        assertEquals(invalid + 1, value("graphql_errors_total", "code=\"GRAPHQL_VALIDATION_FAILED\"",
                "operation=\"invalid\""));
        assertEquals(forbidden + 1, value("graphql_errors_total", "code=\"FORBIDDEN\"", "operation=\"myWorkList\""));
        String metrics = metrics();
        assertTrue(metrics.contains("graphql_operation_seconds_bucket") || metrics.contains("graphql_operation_seconds_max"),
                "the timer is exported with its distribution");
        assertTrue(!metrics.contains("noSuchField"), "nothing of a client's document becomes a label");
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the series of this metric whose labels include all of the given ones; 0 when there is none. */
    private static double value(String metric, String... labels) {
        Pattern line = Pattern.compile("^" + metric + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE);
        Matcher m = line.matcher(metrics());
        double total = 0;
        while (m.find()) {
            String found = m.group(1);
            boolean all = true;
            for (String label : labels) {
                all &= found.contains(label);
            }
            if (all) {
                total += Double.parseDouble(m.group(2));
            }
        }
        return total;
    }
}

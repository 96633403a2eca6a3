package cn.civicservices.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import cn.civicservices.support.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The depth and size limits of a document (12 levels, 400 fields by default): measured once per cached document,
 * they must hold for every request that sends it, and a document that names more fields than it spells out
 * (fragments spread over and over) is refused without being expanded.
 */
@QuarkusTest
class DocumentLimitsTest {

    /** {@code area(code) { parent { parent { ... name } } }} with the area itself at depth 1. */
    private static String nested(int depth) {
        return "{ area(code: \"140723\") { " + "parent { ".repeat(depth - 2) + "name" + " }".repeat(depth - 2)
                + " } }";
    }

    private static void refused(JsonPath result, String limit) {
        assertNull(result.get("data.area"), () -> result.prettify());
        assertEquals("GRAPHQL_VALIDATION_FAILED", result.getString("errors[0].extensions.code"), result::prettify);
        assertThat(result.getString("errors[0].message"), containsString(limit));
    }

    @Test
    void twelveLevelsAreServedAndThirteenRefusedEveryTime() {
        JsonPath deepest = Gql.raw(nested(12)).post();
        assertNull(deepest.get("errors"), deepest::prettify);
        // 和顺县 > 晋中市 > 山西省, which has no parent.
        assertNotNull(deepest.get("data.area.parent.parent"), deepest::prettify);
        assertNull(deepest.get("data.area.parent.parent.parent"), deepest::prettify);
        // The same text twice: the second comes from the parsed-document cache and must be refused all the same.
        for (int i = 0; i < 2; i++) {
            refused(Gql.raw(nested(13)).post(), "depth");
        }
    }

    @Test
    void fourHundredFieldsAreServedAndFourHundredAndOneRefused() {
        // The area field itself counts: 399 aliases below it make 400 fields.
        JsonPath most = Gql.raw(aliases(399)).post();
        assertNull(most.get("errors"), most::prettify);
        assertEquals("140723", most.getString("data.area.c399"));
        for (int i = 0; i < 2; i++) {
            refused(Gql.raw(aliases(400)).post(), "complexity");
        }
    }

    private static String aliases(int count) {
        return "{ area(code: \"140723\") { " + IntStream.rangeClosed(1, count).mapToObj(i -> "c" + i + ": code")
                .collect(Collectors.joining(" ")) + " } }";
    }

    @Test
    void fragmentsThatMultiplyAreRefusedWithoutBeingExpanded() {
        // Each fragment spreads the one before it twice: 2^40 fields in a document of a few hundred characters.
        StringBuilder document = new StringBuilder("query { area(code: \"140723\") { ...f40 } }\n");
        document.append("fragment f0 on Area { code name }\n");
        for (int i = 1; i <= 40; i++) {
            document.append("fragment f").append(i).append(" on Area { ...f").append(i - 1).append(" ...f")
                    .append(i - 1).append(" }\n");
        }
        JsonPath result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Gql.raw(document.toString()).post());
        assertEquals("GRAPHQL_VALIDATION_FAILED", result.getString("errors[0].extensions.code"), result::prettify);
        assertNull(result.get("data.area"));
    }
}

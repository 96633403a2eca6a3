package cn.civicservices.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@link PlainFields} hands SmallRye's fetchers a field without its selection set, so SmallRye's per-field context
 * has no selected fields: no code of the API may read them. An operation may use the context only to reach
 * graphql-java's environment of its field, whose syntax tree {@link Lookahead} reads.
 */
class SmallRyeContextUnusedTest {

    private static final List<String> SELECTED = List.of("getSelectedFields", "getSelectedAndSourceFields",
            "io.smallrye.graphql.execution.context");

    private static final Pattern CONTEXT_CALL = Pattern.compile("\\bcontext\\.(\\w+)\\(([^)]*)\\)");

    @Test
    void noCodeOfTheApiReadsTheSelectedFieldsOfSmallRyesPerFieldContext() throws IOException {
        List<Path> sources = sources();
        assertTrue(sources.size() > 100, "the API's sources are read: " + sources.size());
        assertEquals(List.of(), sources.stream().filter(p -> SELECTED.stream().anyMatch(read(p)::contains)).toList());
    }

    @Test
    void theContextIsOnlyUnwrappedToTheFieldsEnvironment() throws IOException {
        List<Path> users = sources().stream().filter(p -> read(p).contains("io.smallrye.graphql.api.Context")).toList();
        assertTrue(!users.isEmpty(), "an operation reads ahead through the context");
        for (Path user : users) {
            Matcher call = CONTEXT_CALL.matcher(read(user));
            int calls = 0;
            while (call.find()) {
                assertEquals("unwrap(DataFetchingEnvironment.class)", call.group(1) + "(" + call.group(2) + ")",
                        user.toString());
                calls++;
            }
            assertTrue(calls > 0, user + " injects the context and calls it");
        }
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

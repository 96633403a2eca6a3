package cn.civicservices.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@link PlainFields} hands SmallRye's fetchers a field without its selection set, so SmallRye's per-field context
 * has no selected fields: no code of the API may read that context.
 */
class SmallRyeContextUnusedTest {

    private static final List<String> CONTEXT = List.of("io.smallrye.graphql.api.Context",
            "io.smallrye.graphql.execution.context");

    @Test
    void noCodeOfTheApiReadsSmallRyesPerFieldContext() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.size() > 100, "the API's sources are read: " + sources.size());
        List<Path> readers = sources.stream().filter(p -> CONTEXT.stream().anyMatch(read(p)::contains)).toList();
        assertEquals(List.of(), readers);
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

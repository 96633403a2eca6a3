package cn.civicservices.common;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;

/**
 * An opaque keyset cursor: the sort key values of a row, encoded so that clients treat it as a token.
 * Values are numbers or strings without the separator.
 */
public record Cursor(List<String> values) {

    private static final String PREFIX = "v1|";

    /** Longest cursor accepted; the cursors this API hands out are far shorter. */
    static final int MAX_LENGTH = 200;

    public static Cursor of(Object... values) {
        return new Cursor(java.util.Arrays.stream(values).map(String::valueOf).toList());
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + String.join("|", values)).getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String token) {
        if (token.length() > MAX_LENGTH) {
            throw ApiException.badInput(Messages.msg().errorCursor());
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!raw.startsWith(PREFIX)) {
                throw ApiException.badInput(Messages.msg().errorCursor());
            }
            return new Cursor(List.of(raw.substring(PREFIX.length()).split("\\|", -1)));
        } catch (IllegalArgumentException e) {
            throw ApiException.badInput(Messages.msg().errorCursor());
        }
    }

    public long longAt(int index) {
        try {
            return Long.parseLong(values.get(index));
        } catch (RuntimeException e) {
            throw ApiException.badInput(Messages.msg().errorCursor());
        }
    }

    public double doubleAt(int index) {
        try {
            return Double.parseDouble(values.get(index));
        } catch (RuntimeException e) {
            throw ApiException.badInput(Messages.msg().errorCursor());
        }
    }

    public String stringAt(int index) {
        if (index >= values.size()) {
            throw ApiException.badInput(Messages.msg().errorCursor());
        }
        return values.get(index);
    }

    /** A day, as {@link LocalDate#toString()} wrote it. */
    public LocalDate dateAt(int index) {
        try {
            return LocalDate.parse(values.get(index));
        } catch (RuntimeException e) {
            throw ApiException.badInput(Messages.msg().errorCursor());
        }
    }

    /** An instant with its offset, as {@link OffsetDateTime#toString()} or {@code Instant#toString()} wrote it. */
    public OffsetDateTime timeAt(int index) {
        try {
            return OffsetDateTime.parse(values.get(index));
        } catch (RuntimeException e) {
            throw ApiException.badInput(Messages.msg().errorCursor());
        }
    }
}

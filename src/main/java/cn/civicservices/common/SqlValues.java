package cn.civicservices.common;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Column values of native queries as java.time types, whichever of its types the driver and Hibernate hand back.
 * Null stays null.
 */
public final class SqlValues {

    private SqlValues() {
    }

    public static LocalDate localDate(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((java.sql.Date) value).toLocalDate();
    }

    public static OffsetDateTime offsetDateTime(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toOffsetDateTime();
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}

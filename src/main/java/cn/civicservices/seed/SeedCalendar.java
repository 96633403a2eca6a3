package cn.civicservices.seed;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Moves the seed dataset's story from the day it was written for to the day it is loaded, so that a pensioner
 * who is "due within 30 days" in the documented demo is so on whatever day the demo starts.
 * <p>
 * Dates of the current story (certifications, suspensions, visits, the campaign) move by whole days; monthly
 * payments move by whole months, so that a paid month stays a calendar month and no payment lands after today.
 * History that is fixed by the person (birth dates, which ID numbers carry; benefit starts; enrolments and
 * contribution years) stays as written.
 */
record SeedCalendar(LocalDate asOf, LocalDate today, long days, long months) {

    private enum Unit {
        DAYS, MONTHS
    }

    private static final Map<String, Map<String, Unit>> MOVED = Map.of(
            "certification", Map.of("certified_at", Unit.DAYS, "valid_until", Unit.DAYS),
            "certification_campaign", Map.of("starts_on", Unit.DAYS, "ends_on", Unit.DAYS),
            "home_visit", Map.of("scheduled_on", Unit.DAYS, "visited_at", Unit.DAYS, "created_at", Unit.DAYS,
                    "updated_at", Unit.DAYS),
            "pension_benefit", Map.of("suspended_since", Unit.DAYS, "terminated_on", Unit.DAYS),
            "enrolment", Map.of("account_balance_as_of", Unit.DAYS),
            "pension_payment", Map.of("period", Unit.MONTHS, "paid_on", Unit.MONTHS));

    private static final Set<String> NOT_MOVED = Set.of("area", "administrator", "service_point", "worker", "worker_area",
            "resident", "contribution");

    /** The calendar that moves a dataset written for {@code asOf} to {@code today}. */
    static SeedCalendar between(LocalDate asOf, LocalDate today, Function<YearMonth, LocalDate> payday) {
        long days = ChronoUnit.DAYS.between(asOf, today);
        long months = ChronoUnit.MONTHS.between(lastPaidMonth(asOf, payday), lastPaidMonth(today, payday));
        return new SeedCalendar(asOf, today, days, months);
    }

    /** The last month whose payday has come on the given day. */
    private static YearMonth lastPaidMonth(LocalDate day, Function<YearMonth, LocalDate> payday) {
        YearMonth month = YearMonth.from(day);
        return day.isBefore(payday.apply(month)) ? month.minusMonths(1) : month;
    }

    boolean moves(String table, List<String> header) {
        if (days == 0 && months == 0) {
            return false;
        }
        Map<String, Unit> columns = MOVED.get(table);
        if (columns == null) {
            if (!NOT_MOVED.contains(table)) {
                throw new IllegalStateException("The seed calendar does not know table " + table);
            }
            return false;
        }
        return header.stream().anyMatch(columns::containsKey);
    }

    /** Moves the dates of one row in place; empty fields (NULL) stay empty. */
    void move(String table, List<String> header, List<String> fields) {
        Map<String, Unit> columns = MOVED.getOrDefault(table, Map.of());
        if (days == 0 && months == 0 || columns.isEmpty()) {
            return;
        }
        for (int i = 0; i < header.size(); i++) {
            Unit unit = columns.get(header.get(i));
            String value = fields.get(i);
            if (unit == null || value.isEmpty()) {
                continue;
            }
            fields.set(i, unit == Unit.DAYS ? plusDays(value, days) : plusMonths(value, months));
        }
    }

    private static String plusDays(String value, long days) {
        if (value.length() == 10) {
            return LocalDate.parse(value).plusDays(days).toString();
        }
        return OffsetDateTime.parse(value).plusDays(days).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String plusMonths(String value, long months) {
        return LocalDate.parse(value).plusMonths(months).toString();
    }

    @Override
    public String toString() {
        return days == 0 && months == 0 ? "dated as written (" + asOf + ")"
                : "moved from " + asOf + " to " + today + " (dates by " + days + " days, payments by " + months + " months)";
    }
}

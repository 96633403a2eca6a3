package cn.civicservices.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The demo's story holds on any day: the seed's dates move with the day it is loaded. */
class SeedCalendarTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    private static SeedCalendar loadedOn(LocalDate today) {
        return SeedCalendar.between(AS_OF, today, month -> month.atDay(10));
    }

    private static List<String> moved(SeedCalendar calendar, String table, List<String> header, String... fields) {
        List<String> row = new ArrayList<>(List.of(fields));
        calendar.move(table, header, row);
        return row;
    }

    @Test
    void onTheDayItWasWrittenForNothingMoves() {
        SeedCalendar calendar = loadedOn(AS_OF);
        assertFalse(calendar.moves("certification", List.of("certified_at", "valid_until")));
    }

    @Test
    void aLapsedPensionerIsStillLapsedFourDaysAgoMonthsLater() {
        LocalDate today = LocalDate.of(2027, 3, 5);
        SeedCalendar calendar = loadedOn(today);
        List<String> header = List.of("id", "benefit_id", "certified_at", "valid_until", "evidence_ref");
        assertTrue(calendar.moves("certification", header));
        // resident2: valid until 2026-11-18, four days before the seed's today
        List<String> row = moved(calendar, "certification", header, "7", "2", "2025-11-18T03:10:04+08:00",
                "2026-11-18", "");
        assertEquals(today.minusDays(4).toString(), row.get(3));
        assertEquals("2026-03-01T03:10:04+08:00", row.get(2));
        assertEquals("", row.get(4), "NULL stays NULL");
        List<String> benefit = moved(calendar, "pension_benefit", List.of("started_on", "suspended_since"),
                "2012-10-01", "2026-11-19");
        assertEquals("2012-10-01", benefit.get(0), "history fixed by the person does not move");
        assertEquals(today.minusDays(3).toString(), benefit.get(1));
    }

    @Test
    void paymentsMoveByWholeMonthsAndNeverLandAfterToday() {
        List<String> header = List.of("period", "paid_on");
        // 5 March: February's payday has come, March's has not: November's payment becomes February's
        List<String> march = moved(loadedOn(LocalDate.of(2027, 3, 5)), "pension_payment", header,
                "2026-11-01", "2026-11-10");
        assertEquals(List.of("2027-02-01", "2027-02-10"), march);
        // 12 March: March's payday has come
        List<String> later = moved(loadedOn(LocalDate.of(2027, 3, 12)), "pension_payment", header,
                "2026-11-01", "2026-11-10");
        assertEquals(List.of("2027-03-01", "2027-03-10"), later);
        for (int day = 0; day < 400; day += 7) {
            LocalDate today = AS_OF.plusDays(day);
            LocalDate paidOn = LocalDate.parse(moved(loadedOn(today), "pension_payment", header,
                    "2026-11-01", "2026-11-10").get(1));
            assertFalse(paidOn.isAfter(today), "paid on " + paidOn + " when loaded on " + today);
            assertEquals(1, LocalDate.parse(moved(loadedOn(today), "pension_payment", header, "2026-11-01",
                    "2026-11-10").get(0)).getDayOfMonth());
            assertTrue(YearMonth.from(paidOn).plusMonths(1).atDay(10).isAfter(today),
                    "the latest payment is the last one due");
        }
    }

    @Test
    void everyTableOfTheSeedIsKnown() {
        for (String table : SeedLoader.TABLES) {
            loadedOn(AS_OF.plusDays(1)).moves(table, List.of("id"));
        }
    }
}

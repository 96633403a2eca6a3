package cn.civicservices.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class IdNumberTest {

    @Test
    void acceptsNumbersWhoseCheckCharacterMatches() {
        assertEquals(Optional.empty(), IdNumber.problem("140723196104187406"));
        assertEquals(Optional.empty(), IdNumber.problem("14072319710612004X"));
        assertEquals(Optional.empty(), IdNumber.problem("14072319710612004x"), "a lower-case x is the same check");
    }

    @Test
    void computesTheIso7064CheckCharacter() {
        assertEquals('6', IdNumber.checkCharacter("14072319610418740"));
        assertEquals('X', IdNumber.checkCharacter("14072319710612004"));
    }

    @Test
    void refusesWrongShapeWrongCheckAndImpossibleDates() {
        assertEquals(Optional.of(IdNumber.Problem.SHAPE), IdNumber.problem(null));
        assertEquals(Optional.of(IdNumber.Problem.SHAPE), IdNumber.problem("1407231961041874"));
        assertEquals(Optional.of(IdNumber.Problem.SHAPE), IdNumber.problem("14072319610418740A"));
        assertEquals(Optional.of(IdNumber.Problem.CHECKSUM), IdNumber.problem("140723196104187407"));
        String feb30 = "14072319610230123";
        assertEquals(Optional.of(IdNumber.Problem.BIRTH_DATE), IdNumber.problem(feb30 + IdNumber.checkCharacter(feb30)));
        assertThrows(IllegalArgumentException.class, () -> IdNumber.parse("140723196104187407"));
    }

    @Test
    void refusesBirthDatesBefore1900WithoutAClockAndAfterTodayGivenOne() {
        String born1899 = "14072318991231123";
        assertEquals(Optional.of(IdNumber.Problem.BIRTH_RANGE), IdNumber.problem(born1899 + IdNumber.checkCharacter(born1899)));
        String born1900 = "14072319000101123";
        assertEquals(Optional.empty(), IdNumber.problem(born1900 + IdNumber.checkCharacter(born1900)));

        String born2030 = "14072320300101123";
        String number = born2030 + IdNumber.checkCharacter(born2030);
        assertEquals(Optional.empty(), IdNumber.problem(number), "the clock-free check knows no today");
        assertEquals(Optional.of(IdNumber.Problem.BIRTH_RANGE), IdNumber.problem(number, LocalDate.of(2029, 12, 31)));
        assertEquals(Optional.empty(), IdNumber.problem(number, LocalDate.of(2030, 1, 1)), "born today is valid");
        assertEquals(Optional.of(IdNumber.Problem.CHECKSUM), IdNumber.problem("140723196104187407", LocalDate.of(2030, 1, 1)));
    }

    @Test
    void readsTheBirthDateAndMasksAllButAreaAndTail() {
        IdNumber number = IdNumber.parse("14072319710612004x");
        assertEquals("14072319710612004X", number.value());
        assertEquals(LocalDate.of(1971, 6, 12), number.birthDate());
        assertEquals("1407**********004X", number.masked());
        assertEquals("1407**********004X", number.toString(), "toString never prints the full number");
    }
}

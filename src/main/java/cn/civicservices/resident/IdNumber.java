package cn.civicservices.resident;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The 18-character resident ID number (居民身份证号码, GB 11643): a 6-digit area code, the birth date as
 * YYYYMMDD, a 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

    /** Earliest birth date a valid number may carry. */
    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /** What can be wrong with a string that should be an ID number. */
    public enum Problem {
        /** Not 17 digits and a check character. */
        SHAPE,
        /** The check character does not match the digits. */
        CHECKSUM,
        /** The birth date inside is not a real date. */
        BIRTH_DATE,
        /** The birth date inside is before {@link IdNumber#EARLIEST_BIRTH} or after today. */
        BIRTH_RANGE
    }

    /**
     * Why a string is not a valid ID number on a given day; empty when it is valid: besides
     * {@link #problem(String)}, the birth date inside may not be after that day.
     */
    public static Optional<Problem> problem(String raw, LocalDate today) {
        return problem(raw).or(() -> birthDateOf(raw).isAfter(today)
                ? Optional.of(Problem.BIRTH_RANGE) : Optional.empty());
    }

    /**
     * Why a string is not a valid ID number; empty when it is valid: shape, check character, and
     * a real birth date on or after {@link #EARLIEST_BIRTH}. Needs no clock; see {@link #problem(String, LocalDate)}
     * for a number given today.
     */
    public static Optional<Problem> problem(String raw) {
        if (raw == null || !raw.matches("[0-9]{17}[0-9Xx]")) {
            return Optional.of(Problem.SHAPE);
        }
        if (Character.toUpperCase(raw.charAt(17)) != checkCharacter(raw.substring(0, 17))) {
            return Optional.of(Problem.CHECKSUM);
        }
        LocalDate birth;
        try {
            birth = birthDateOf(raw);
        } catch (DateTimeException e) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        return birth.isBefore(EARLIEST_BIRTH) ? Optional.of(Problem.BIRTH_RANGE) : Optional.empty();
    }

    /** Parses a number already known to be valid (see {@link #problem}). */
    public static IdNumber parse(String raw) {
        if (problem(raw).isPresent()) {
            throw new IllegalArgumentException("not a valid resident ID number");
        }
        return new IdNumber(raw.toUpperCase());
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** Shows the area prefix and the last four characters only, e.g. 1407**********123X. */
    public String masked() {
        return value.substring(0, 4) + "**********" + value.substring(14);
    }

    private static LocalDate birthDateOf(String raw) {
        return LocalDate.of(Integer.parseInt(raw.substring(6, 10)), Integer.parseInt(raw.substring(10, 12)),
                Integer.parseInt(raw.substring(12, 14)));
    }

    @Override
    public String toString() {
        return masked();
    }
}

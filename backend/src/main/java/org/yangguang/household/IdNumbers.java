package org.yangguang.household;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Resident ID numbers (GB 11643-1999): a 6-digit area code, the birth date {@code yyyyMMdd}, a
 * 3-digit sequence whose last digit is odd for men, and an ISO 7064 MOD 11-2 check character.
 */
public final class IdNumbers {

    private static final Pattern SHAPE = Pattern.compile("[1-9]\\d{16}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int KEPT_HEAD = 6;
    private static final int KEPT_TAIL = 4;

    private IdNumbers() {}

    /** Trimmed, with a lower-case check character {@code x} upper-cased; {@code null} stays {@code null}. */
    public static String normalise(String idNumber) {
        return idNumber == null ? null : idNumber.trim().toUpperCase(Locale.ROOT);
    }

    /** {@link #isValid(String, LocalDate)} on today's date in China. */
    public static boolean isValid(String idNumber) {
        return isValid(idNumber, LocalDate.now(CHINA));
    }

    /** Shape, a real birth date between 1900-01-01 and {@code today}, and the check character. */
    public static boolean isValid(String idNumber, LocalDate today) {
        String id = normalise(idNumber);
        if (id == null || !SHAPE.matcher(id).matches()) {
            return false;
        }
        LocalDate birth = parseBirthDate(id);
        return birth != null
                && !birth.isBefore(EARLIEST_BIRTH)
                && !birth.isAfter(today)
                && id.charAt(17) == checkCharacter(id);
    }

    /** The check character that belongs after the first 17 digits of {@code idNumber}. */
    static char checkCharacter(String idNumber) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (idNumber.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The birth date in a valid ID number; {@link IllegalArgumentException} when it is not valid. */
    public static LocalDate birthDate(String idNumber) {
        return parseBirthDate(requireValid(idNumber));
    }

    /** Male when the 17th digit is odd, female when it is even; {@link IllegalArgumentException} when not valid. */
    public static Gender gender(String idNumber) {
        int sequenceDigit = requireValid(idNumber).charAt(16) - '0';
        return sequenceDigit % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** Completed years of age on {@code date}. */
    public static int ageOn(String idNumber, LocalDate date) {
        LocalDate birth = birthDate(idNumber);
        if (date.isBefore(birth)) {
            throw new IllegalArgumentException("The date lies before the birth date");
        }
        return Period.between(birth, date).getYears();
    }

    /**
     * For lists shown to officers: the area code and the last four characters, a star for each
     * character between ({@code 110105********002X}). Short or missing values hide everything.
     */
    public static String mask(String idNumber) {
        String id = normalise(idNumber);
        if (id == null) {
            return null;
        }
        if (id.length() <= KEPT_HEAD + KEPT_TAIL) {
            return "*".repeat(id.length());
        }
        int hidden = id.length() - KEPT_HEAD - KEPT_TAIL;
        return id.substring(0, KEPT_HEAD) + "*".repeat(hidden) + id.substring(id.length() - KEPT_TAIL);
    }

    private static String requireValid(String idNumber) {
        if (!isValid(idNumber)) {
            throw new IllegalArgumentException("Not a valid resident ID number");
        }
        return normalise(idNumber);
    }

    private static LocalDate parseBirthDate(String id) {
        try {
            return LocalDate.of(
                    Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}

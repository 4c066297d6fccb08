package org.yangguang.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes real-shaped resident ID numbers for tests. The check character is computed here with the
 * iterative form of ISO 7064 MOD 11-2, independently of the weight table in the production code.
 */
public final class TestIds {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 400));

    private TestIds() {}

    /** An ID number with a correct check character: area, birth date (yyyyMMdd), 3-digit sequence. */
    public static String id(String area, String birth, String sequence) {
        String body = area + birth + sequence;
        return body + check(body);
    }

    /** A fresh ID in the demo county for a person born on the day; the sequence's parity gives the gender. */
    public static String person(LocalDate birth, boolean male) {
        int sequence = (SEQUENCE.incrementAndGet() % 498 + 1) * 2 + (male ? 1 : 0);
        return id("511999", birth.format(DateTimeFormatter.BASIC_ISO_DATE), String.format("%03d", sequence % 1000));
    }

    /** The same ID number with a check character that is wrong. */
    public static String withWrongCheck(String id) {
        char right = id.charAt(17);
        return id.substring(0, 17) + (right == '0' ? '1' : '0');
    }

    public static char check(String seventeenDigits) {
        int remainder = 0;
        for (char digit : seventeenDigits.toCharArray()) {
            remainder = (remainder + (digit - '0')) * 2 % 11;
        }
        int value = (12 - remainder) % 11;
        return value == 10 ? 'X' : (char) ('0' + value);
    }
}

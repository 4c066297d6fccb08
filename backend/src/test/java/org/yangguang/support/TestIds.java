package org.yangguang.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes valid resident ID numbers for test households, computing the GB 11643 check character
 * independently of the production code.
 */
public final class TestIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 400));

    private TestIds() {}

    /** A fresh ID for a person born on the day; male when {@code male}. */
    public static String person(LocalDate birth, boolean male) {
        int sequence = (SEQUENCE.incrementAndGet() % 499) * 2 + (male ? 1 : 0);
        if (sequence == 0) {
            sequence = 2;
        }
        return make("511999", birth, sequence);
    }

    public static String make(String area, LocalDate birth, int sequence) {
        String body = area + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK.charAt(sum % 11);
    }

    /** The same ID with a wrong check character. */
    public static String withWrongCheck(String id) {
        char last = id.charAt(17);
        return id.substring(0, 17) + (last == '0' ? '1' : '0');
    }
}

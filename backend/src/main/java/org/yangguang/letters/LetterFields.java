package org.yangguang.letters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yangguang.common.logging.MaskingConverter;

/**
 * The values a template is filled with, checked and cleaned on the way in: required text must be
 * there, lists must hold at least one item, whitespace runs become one space, and any
 * ID-number-shaped run is masked.
 */
final class LetterFields {

    /** Dates as Chinese documents write them (year, month and day with their characters). */
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.CHINA);

    private final Map<String, Object> values = new HashMap<>();

    LetterFields required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        values.put(name, clean(value));
        return this;
    }

    LetterFields optional(String name, String value) {
        values.put(name, value == null ? "" : clean(value));
        return this;
    }

    LetterFields items(String name, List<String> items) {
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException(name + " must hold at least one item");
        }
        if (items.stream().anyMatch(item -> item == null || item.isBlank())) {
            throw new IllegalArgumentException(name + " holds an empty item");
        }
        values.put(name, items.stream().map(LetterFields::clean).toList());
        return this;
    }

    LetterFields date(String name, LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        values.put(name, DATE.format(date));
        return this;
    }

    LetterFields number(String name, int number) {
        values.put(name, Integer.toString(number));
        return this;
    }

    Map<String, Object> values() {
        return Map.copyOf(values);
    }

    static String clean(String text) {
        return MaskingConverter.mask(text.strip().replaceAll("\\s+", " "));
    }
}

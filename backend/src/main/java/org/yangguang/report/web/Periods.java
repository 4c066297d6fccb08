package org.yangguang.report.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.yangguang.common.Violations;

/** The period parameters of reports: days (yyyy-MM-dd) or months (yyyy-MM), start not after end. */
final class Periods {

    private Periods() {}

    record Days(LocalDate from, LocalDate to) {}

    record Months(YearMonth from, YearMonth to) {}

    static Days days(String from, String to, LocalDate defaultFrom, LocalDate defaultTo) {
        LocalDate first = parse(from, defaultFrom, "from", LocalDate::parse);
        LocalDate last = parse(to, defaultTo, "to", LocalDate::parse);
        Violations.rejectIf(first.isAfter(last), "from", "report.period.order");
        return new Days(first, last);
    }

    static Months months(String from, String to, YearMonth otherwise) {
        YearMonth first = parse(from, otherwise, "from", YearMonth::parse);
        YearMonth last = parse(to, otherwise, "to", YearMonth::parse);
        Violations.rejectIf(first.isAfter(last), "from", "report.period.order");
        return new Months(first, last);
    }

    private static <T> T parse(String text, T otherwise, String field, java.util.function.Function<String, T> parser) {
        try {
            return text == null || text.isBlank() ? otherwise : parser.apply(text.trim());
        } catch (DateTimeParseException e) {
            Violations.reject(field, "report.period.format");
            return null;
        }
    }
}

package org.yangguang.verification.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.yangguang.household.IdNumbers;
import org.yangguang.region.RegionCodes;

/**
 * Checks one data row of a source, cell by cell, against {@link SourceColumns}; pure, so that its
 * tests need no database (the regions come in as a predicate).
 */
final class RowChecker {

    static final int MAX_DECIMALS = 2;
    private static final Pattern ID_SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final int EARLIEST_YEAR = 1900;
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final List<ColumnRule> columns;
    private final Predicate<String> regionExists;
    private final LocalDate today;
    private final int maxCellLength;

    RowChecker(DataSource source, Predicate<String> regionExists, LocalDate today, int maxCellLength) {
        this.columns = SourceColumns.of(source);
        this.regionExists = regionExists;
        this.today = today;
        this.maxCellLength = maxCellLength;
    }

    /** The broken cells of a row given by header name (values trimmed, blank as empty or missing). */
    List<CellProblem> check(Map<String, String> row) {
        List<CellProblem> found = new ArrayList<>();
        for (ColumnRule rule : columns) {
            String value = row.get(rule.name()) == null ? null : row.get(rule.name()).strip();
            if (value == null || value.isEmpty()) {
                if (rule.required()) {
                    found.add(new CellProblem(rule.name(), "import.cell.required"));
                }
            } else if (value.length() > maxCellLength) {
                found.add(new CellProblem(rule.name(), "import.cell.tooLong", maxCellLength));
            } else {
                String key = problemOf(rule, value);
                if (key != null) {
                    found.add(new CellProblem(rule.name(), key, String.join("/", rule.choices())));
                }
            }
        }
        crossChecks(row, found);
        return found;
    }

    private String problemOf(ColumnRule rule, String value) {
        return switch (rule.kind()) {
            case ID_NUMBER -> idNumber(value);
            case TEXT -> null;
            case DATE -> date(value) == null ? "import.cell.date" : null;
            case PAST_DATE -> pastDate(value);
            case MONEY -> amount(value, "import.cell.money");
            case DECIMAL -> amount(value, "import.cell.decimal");
            case YEAR -> year(value);
            case CHOICE -> rule.choices().contains(value) ? null : "import.cell.choice";
            case REGION -> RegionCodes.isWellFormed(value) && regionExists.test(value) ? null : "import.cell.region";
        };
    }

    private String idNumber(String value) {
        String id = IdNumbers.normalise(value);
        if (!ID_SHAPE.matcher(id).matches()) {
            return "import.cell.idShape";
        }
        return IdNumbers.isValid(id, today) ? null : "import.cell.idInvalid";
    }

    private String pastDate(String value) {
        LocalDate date = date(value);
        if (date == null) {
            return "import.cell.date";
        }
        return date.isAfter(today) ? "import.cell.future" : null;
    }

    private static String amount(String value, String formatKey) {
        if (!DECIMAL.matcher(value).matches()) {
            return formatKey;
        }
        BigDecimal amount = new BigDecimal(value);
        if (amount.signum() < 0) {
            return "import.cell.negative";
        }
        return amount.stripTrailingZeros().scale() > MAX_DECIMALS ? "import.cell.scale" : null;
    }

    private String year(String value) {
        if (!YEAR.matcher(value).matches()) {
            return "import.cell.year";
        }
        int year = Integer.parseInt(value);
        return year < EARLIEST_YEAR || year > today.getYear() ? "import.cell.yearRange" : null;
    }

    private void crossChecks(Map<String, String> row, List<CellProblem> found) {
        if (present(row, SourceColumns.RELATIVE_ID_COLUMN) && !present(row, SourceColumns.RELATION_COLUMN)
                && columns.stream().anyMatch(c -> c.name().equals(SourceColumns.RELATION_COLUMN))) {
            found.add(new CellProblem(SourceColumns.RELATION_COLUMN, "import.cell.relationRequired"));
        }
        LocalDate from = date(row.get(SourceColumns.PRISON_FROM_COLUMN));
        LocalDate to = date(row.get(SourceColumns.PRISON_TO_COLUMN));
        if (from != null && to != null && to.isBefore(from)) {
            found.add(new CellProblem(SourceColumns.PRISON_TO_COLUMN, "import.cell.releaseBeforeEntry"));
        }
    }

    private static boolean present(Map<String, String> row, String column) {
        String value = row.get(column);
        return value != null && !value.isBlank();
    }

    static LocalDate date(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value, ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

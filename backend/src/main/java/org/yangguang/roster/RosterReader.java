package org.yangguang.roster;

import static org.yangguang.roster.RosterColumns.AMOUNT;
import static org.yangguang.roster.RosterColumns.CATEGORY;
import static org.yangguang.roster.RosterColumns.DISABILITY;
import static org.yangguang.roster.RosterColumns.HOUSEHOLD_NO;
import static org.yangguang.roster.RosterColumns.ID_NUMBER;
import static org.yangguang.roster.RosterColumns.ILLNESS;
import static org.yangguang.roster.RosterColumns.NAME;
import static org.yangguang.roster.RosterColumns.REGION;
import static org.yangguang.roster.RosterColumns.RELATION;
import static org.yangguang.roster.RosterColumns.START_MONTH;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yangguang.household.IdNumbers;
import org.yangguang.household.IdentityCategory;
import org.yangguang.household.Relation;
import org.yangguang.region.RegionCodes;

/**
 * Reads the roster's rows one by one: the header row exactly as api.md gives it, then each person,
 * every cell checked on its own. Rows with problems are not kept; their problems are.
 */
final class RosterReader {

    private static final int NAME_MAX = 50;
    private static final int NO_MAX = 32;
    private static final int GRADE_MAX = 4;

    private final LocalDate today;
    private final List<RosterRow> rows = new ArrayList<>();
    private final List<RosterProblem> problems = new ArrayList<>();
    private boolean headerSeen;

    RosterReader(LocalDate today) {
        this.today = today;
    }

    List<RosterRow> rows() {
        return rows;
    }

    List<RosterProblem> problems() {
        return problems;
    }

    boolean headerSeen() {
        return headerSeen;
    }

    /** Takes the next row of the sheet; answers false once the header is wrong (nothing more to read). */
    boolean row(int rowNumber, List<String> cells) {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return true;
        }
        if (!headerSeen) {
            headerSeen = true;
            List<String> header = cells.stream().map(c -> c == null ? "" : c.strip()).toList();
            int last = header.size();
            while (last > 0 && header.get(last - 1).isEmpty()) {
                last--;
            }
            if (!header.subList(0, last).equals(RosterColumns.HEADER)) {
                problems.add(new RosterProblem(rowNumber, "", "roster.header", String.join(", ", RosterColumns.HEADER)));
                return false;
            }
            return true;
        }
        read(rowNumber, cells);
        return true;
    }

    private void read(int row, List<String> cells) {
        int before = problems.size();
        String region = required(row, cells, 0, REGION);
        if (region != null && !RegionCodes.isWellFormed(region)) {
            problem(row, REGION, "roster.region.format");
        }
        String householdNo = required(row, cells, 1, HOUSEHOLD_NO);
        if (householdNo != null && householdNo.length() > NO_MAX) {
            problem(row, HOUSEHOLD_NO, "roster.tooLong", NO_MAX);
        }
        String name = required(row, cells, 2, NAME);
        if (name != null && name.length() > NAME_MAX) {
            problem(row, NAME, "roster.tooLong", NAME_MAX);
        }
        String id = required(row, cells, 3, ID_NUMBER);
        if (id != null) {
            id = IdNumbers.normalise(id);
            if (!IdNumbers.isValid(id, today)) {
                problem(row, ID_NUMBER, "roster.idNumber.invalid");
            }
        }
        Relation relation = word(row, cells, 4, RELATION, RosterColumns.RELATIONS);
        IdentityCategory category = word(row, cells, 5, CATEGORY, RosterColumns.CATEGORIES);
        Integer grade = grade(row, cells);
        Boolean illness = word(row, cells, 7, ILLNESS, RosterColumns.YES_NO);
        BigDecimal amount = amount(row, cells);
        YearMonth start = month(row, cells);
        if (problems.size() == before) {
            rows.add(new RosterRow(row, region, householdNo, name, id, relation, category, grade, illness, amount, start));
        }
    }

    private String required(int row, List<String> cells, int index, String column) {
        String value = cell(cells, index);
        if (value == null) {
            problem(row, column, "roster.required");
        }
        return value;
    }

    private <T> T word(int row, List<String> cells, int index, String column, Map<String, T> words) {
        String value = required(row, cells, index, column);
        if (value == null) {
            return null;
        }
        T found = words.get(value);
        if (found == null) {
            problem(row, column, "roster.word", String.join("/", words.keySet().stream().sorted().toList()));
        }
        return found;
    }

    private Integer grade(int row, List<String> cells) {
        String value = required(row, cells, 6, DISABILITY);
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{1,2}") || Integer.parseInt(value) > GRADE_MAX) {
            problem(row, DISABILITY, "roster.disability.range", 0, GRADE_MAX);
            return null;
        }
        return Integer.parseInt(value);
    }

    private BigDecimal amount(int row, List<String> cells) {
        String value = cell(cells, 8);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.replace(",", ""));
            if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2 || amount.precision() - amount.scale() > 8) {
                problem(row, AMOUNT, "roster.amount.invalid");
                return null;
            }
            return amount.setScale(2);
        } catch (NumberFormatException e) {
            problem(row, AMOUNT, "roster.amount.invalid");
            return null;
        }
    }

    /** yyyy-MM; a date typed into the cell (yyyy-MM-dd) counts for its month. At most next month. */
    private YearMonth month(int row, List<String> cells) {
        String value = cell(cells, 9);
        if (value == null) {
            return null;
        }
        try {
            YearMonth month = value.length() > 7 ? YearMonth.from(LocalDate.parse(value.substring(0, 10)))
                    : YearMonth.parse(value);
            if (month.isAfter(YearMonth.from(today).plusMonths(1))) {
                problem(row, START_MONTH, "roster.month.future");
                return null;
            }
            return month;
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            problem(row, START_MONTH, "roster.month.format");
            return null;
        }
    }

    private void problem(int row, String column, String key, Object... args) {
        problems.add(new RosterProblem(row, column, key, args));
    }

    private static String cell(List<String> cells, int index) {
        String value = index < cells.size() ? cells.get(index) : null;
        return value == null || value.isBlank() ? null : value.strip();
    }
}

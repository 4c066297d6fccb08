package org.yangguang.verification.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yangguang.common.Violations;

/**
 * The header row of a file: it must start with the source's header (cells trimmed); more columns
 * may follow and are kept as evidence under their own names (unnamed or repeated ones are dropped).
 */
final class HeaderRow {

    private final List<String> names;

    private HeaderRow(List<String> names) {
        this.names = names;
    }

    /** The header of {@code source} from the cells of the file's first non-empty row; 400 when it does not fit. */
    static HeaderRow of(DataSource source, List<String> cells) {
        List<String> expected = source.header();
        boolean fits = cells.size() >= expected.size();
        for (int i = 0; fits && i < expected.size(); i++) {
            fits = expected.get(i).equals(trimmed(cells.get(i)));
        }
        Violations.rejectIf(!fits, "file", "import.file.header", String.join(", ", expected));
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String cell : cells) {
            String name = trimmed(cell);
            names.add(name.isEmpty() || !seen.add(name) ? null : name);
        }
        return new HeaderRow(names);
    }

    /** The row's cells by column name, in header order, trimmed; cells of unnamed columns are dropped. */
    Map<String, String> fields(List<String> cells) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) != null) {
                fields.put(names.get(i), i < cells.size() ? trimmed(cells.get(i)) : "");
            }
        }
        return fields;
    }

    static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(cell -> trimmed(cell).isEmpty());
    }

    static String trimmed(String cell) {
        return cell == null ? "" : cell.strip();
    }
}

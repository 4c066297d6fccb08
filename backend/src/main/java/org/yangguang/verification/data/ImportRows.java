package org.yangguang.verification.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.yangguang.household.IdNumbers;

/**
 * Takes the rows of one file: the header first, then every data row checked. While no row has
 * failed, good rows go out in chunks to be stored; after the first failure nothing more is
 * stored (the caller rolls back) but every row is still checked and its errors counted.
 */
final class ImportRows implements RowHandler {

    /** A checked data row, ready to store. */
    record GoodRow(int rowNumber, String idNumber, String relatedIdNumber, Map<String, String> fields) {}

    private final DataSource source;
    private final RowChecker checker;
    private final Function<CellProblem, String> texts;
    private final int maxReportedErrors;
    private final int chunkRows;
    private final Consumer<List<GoodRow>> store;
    private final ImportProgress progress;

    private HeaderRow header;
    private final List<GoodRow> pending = new ArrayList<>();
    private final List<ImportError> errors = new ArrayList<>();
    private final Set<String> people = new HashSet<>();
    private int errorCount;
    private int rows;

    ImportRows(DataSource source, RowChecker checker, Function<CellProblem, String> texts, int maxReportedErrors,
            int chunkRows, Consumer<List<GoodRow>> store, ImportProgress progress) {
        this.source = source;
        this.checker = checker;
        this.texts = texts;
        this.maxReportedErrors = maxReportedErrors;
        this.chunkRows = chunkRows;
        this.store = store;
        this.progress = progress;
    }

    @Override
    public boolean row(int rowNumber, List<String> cells) {
        if (HeaderRow.isBlank(cells)) {
            return true;
        }
        if (header == null) {
            header = HeaderRow.of(source, cells);
            return true;
        }
        progress.rowRead();
        Map<String, String> fields = header.fields(cells);
        List<CellProblem> problems = checker.check(fields);
        if (!problems.isEmpty()) {
            fail(rowNumber, problems);
            return true;
        }
        rows++;
        String idNumber = normalised(fields, SourceColumns.ID_NUMBER_COLUMN);
        String related = normalised(fields, SourceColumns.RELATIVE_ID_COLUMN);
        people.add(idNumber);
        if (related != null) {
            people.add(related);
        }
        if (errorCount == 0) {
            pending.add(new GoodRow(rowNumber, idNumber, related, fields));
            if (pending.size() >= chunkRows) {
                flush();
            }
        }
        return true;
    }

    /** Stores what is pending; call once the file has been read. */
    void finish() {
        if (errorCount == 0) {
            flush();
        }
    }

    boolean headerFound() {
        return header != null;
    }

    boolean failed() {
        return errorCount > 0;
    }

    int rows() {
        return rows;
    }

    List<ImportError> errors() {
        return errors;
    }

    int errorCount() {
        return errorCount;
    }

    /** The people the file names: each row's person and, for officials, the relative. */
    Set<String> people() {
        return people;
    }

    private void fail(int rowNumber, List<CellProblem> problems) {
        for (CellProblem problem : problems) {
            if (errors.size() < maxReportedErrors) {
                errors.add(new ImportError(rowNumber, problem.column(), texts.apply(problem)));
            }
        }
        errorCount += problems.size();
        pending.clear();
    }

    private void flush() {
        if (!pending.isEmpty()) {
            store.accept(List.copyOf(pending));
            pending.clear();
        }
    }

    /** Stored upper-case (a lower-case check character x is the same number). */
    private static String normalised(Map<String, String> fields, String column) {
        String value = fields.get(column);
        if (value == null || value.isEmpty()) {
            return null;
        }
        String id = IdNumbers.normalise(value);
        fields.put(column, id);
        return id;
    }
}

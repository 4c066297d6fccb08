package org.yangguang.verification.data;

import java.util.List;

/**
 * The answer to an import (api.md): rows stored, the errors (at most {@code maxReportedErrors},
 * {@code errorCount} counts them all) and the warnings raised by matching. With errors nothing is
 * stored and {@code rows} is 0. {@code duplicate} marks a file stored before (same source and
 * content): the earlier batch's rows, nothing changed.
 */
public record ImportResult(int rows, List<ImportError> errors, int warningsRaised, int errorCount, Long batchId,
        boolean duplicate) {

    static ImportResult stored(long batchId, int rows, int warningsRaised) {
        return new ImportResult(rows, List.of(), warningsRaised, 0, batchId, false);
    }

    static ImportResult refused(List<ImportError> errors, int errorCount) {
        return new ImportResult(0, List.copyOf(errors), 0, errorCount, null, false);
    }

    static ImportResult duplicateOf(ImportBatch earlier) {
        return new ImportResult(earlier.rows(), List.of(), 0, 0, earlier.batchId(), true);
    }
}

package org.yangguang.verification.data;

import java.nio.file.Path;

/** Reads the rows of an uploaded file in a stream, never the whole file into memory. */
interface SheetReader {

    /** Hands every row to {@code rows} until it says stop; a file that cannot be read is refused (400). */
    void read(Path file, RowHandler rows);

    /** A cheap estimate of the number of rows after the header (for progress and the choice of a job). */
    int estimateRows(Path file);

    static SheetReader of(FileKind kind, ImportLimits limits) {
        return kind == FileKind.XLSX ? new XlsxSheetReader(limits) : new CsvSheetReader();
    }
}

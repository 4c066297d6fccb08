package org.yangguang.verification.data;

import java.util.List;

/** Receives the rows of a sheet in order. */
@FunctionalInterface
public interface RowHandler {

    /**
     * @param rowNumber the 1-based row number of the spreadsheet (the record number of a CSV file)
     * @param cells the cells by column index, {@code null} or empty where a cell is missing
     * @return false to stop reading
     */
    boolean row(int rowNumber, List<String> cells);
}

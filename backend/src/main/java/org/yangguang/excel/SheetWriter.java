package org.yangguang.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one report sheet row by row: row 1 the title (merged over the columns), row 2 the headers,
 * then the data; only a window of rows is kept in memory. Close it to delete its temporary files.
 *
 * <pre>
 * try (SheetWriter sheet = new SheetWriter("花名册", "低保对象花名册", columns, zone)) {
 *     rows.forEach(sheet::row);
 *     sheet.writeTo(out);
 * }
 * </pre>
 */
public final class SheetWriter implements AutoCloseable {

    private static final int WINDOW = 100;
    private static final int MAX_WIDTH_CHARS = 60;
    private static final int MIN_WIDTH_CHARS = 6;
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final SheetStyles styles;
    private final List<Column> columns;
    private final ZoneId zone;
    private final int[] widths;
    private int nextRow;

    public SheetWriter(String sheetName, String title, List<Column> columns, ZoneId zone) {
        this.columns = List.copyOf(columns);
        this.zone = zone;
        this.workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet(sheetName);
        this.styles = new SheetStyles(workbook);
        this.widths = new int[columns.size()];
        Row titleRow = sheet.createRow(nextRow++);
        titleRow.setHeightInPoints(28);
        Cell titleCell = titleRow.createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(styles.title);
        if (columns.size() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        }
        Row header = sheet.createRow(nextRow++);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header);
            widths[c] = Math.max(MIN_WIDTH_CHARS, displayWidth(columns.get(c).header()));
        }
        sheet.createFreezePane(0, 2);
        printSetup();
    }

    /** Appends a data row; values by column, {@code null} for an empty cell. */
    public SheetWriter row(Object... values) {
        return row(Arrays.asList(values));
    }

    public SheetWriter row(List<?> values) {
        Row row = sheet.createRow(nextRow++);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = row.createCell(c);
            Object value = c < values.size() ? values.get(c) : null;
            write(cell, columns.get(c).type(), value);
        }
        return this;
    }

    /** Data rows written so far. */
    public int rows() {
        return nextRow - 2;
    }

    public void writeTo(OutputStream out) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH_CHARS, widths[c] + 2) * 256);
        }
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Cell cell, ColumnType type, Object value) {
        cell.setCellStyle(styles.of(type));
        if (value == null) {
            return;
        }
        String shown;
        switch (type) {
            case INTEGER, MONEY, PERCENT -> {
                BigDecimal number = number(value);
                if (number == null) {
                    text(cell, String.valueOf(value));
                    return;
                }
                cell.setCellValue(number.doubleValue());
                shown = switch (type) {
                    case MONEY -> String.format("%,.2f", number);
                    case PERCENT -> String.format("%.2f%%", number);
                    default -> number.toPlainString();
                };
            }
            case DATE -> {
                LocalDate date = date(value);
                if (date == null) {
                    text(cell, String.valueOf(value));
                    return;
                }
                cell.setCellValue(date);
                shown = "yyyy-mm-dd";
            }
            case DATE_TIME -> {
                LocalDateTime at = value instanceof Instant i ? LocalDateTime.ofInstant(i, zone)
                        : value instanceof LocalDateTime l ? l : null;
                if (at == null) {
                    text(cell, String.valueOf(value));
                    return;
                }
                cell.setCellValue(at);
                shown = "yyyy-mm-dd hh:mm";
            }
            default -> {
                text(cell, String.valueOf(value));
                return;
            }
        }
        widen(cell.getColumnIndex(), shown);
    }

    private void text(Cell cell, String text) {
        cell.setCellValue(text);
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            cell.setCellStyle(styles.quotedText);
        }
        widen(cell.getColumnIndex(), text);
    }

    private void widen(int column, String shown) {
        widths[column] = Math.max(widths[column], displayWidth(shown));
    }

    private static BigDecimal number(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        try {
            return new BigDecimal(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof YearMonth month) {
            return month.atDay(1);
        }
        return null;
    }

    /** Width in character cells: Chinese characters take two. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) > 0x2E7F ? 2 : 1;
        }
        return width;
    }

    private void printSetup() {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:2"));
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }
}

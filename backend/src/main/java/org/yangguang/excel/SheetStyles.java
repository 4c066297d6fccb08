package org.yangguang.excel;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of a report: title, header, one per column type, and text kept as text. */
final class SheetStyles {

    final CellStyle title;
    final CellStyle header;
    final CellStyle quotedText;
    private final Map<ColumnType, CellStyle> byType = new EnumMap<>(ColumnType.class);

    SheetStyles(Workbook workbook) {
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 16);
        title = workbook.createCellStyle();
        title.setFont(titleFont);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        Font bold = workbook.createFont();
        bold.setBold(true);
        header = bordered(workbook);
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        short text = workbook.createDataFormat().getFormat("@");
        for (ColumnType type : ColumnType.values()) {
            CellStyle style = bordered(workbook);
            switch (type) {
                case TEXT -> style.setDataFormat(text);
                case INTEGER -> style.setDataFormat(workbook.createDataFormat().getFormat("0"));
                case MONEY -> style.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
                case PERCENT -> style.setDataFormat(workbook.createDataFormat().getFormat("0.00\"%\""));
                case DATE -> style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
                case DATE_TIME -> style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            }
            byType.put(type, style);
        }
        quotedText = bordered(workbook);
        quotedText.setDataFormat(text);
        quotedText.setQuotePrefixed(true);
    }

    CellStyle of(ColumnType type) {
        return byType.get(type);
    }

    private static CellStyle bordered(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }
}

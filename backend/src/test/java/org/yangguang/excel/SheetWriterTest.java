package org.yangguang.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A sheet written and opened again with POI: title, headers, formats, print setup, text kept as text. */
class SheetWriterTest {

    @Test
    void aReportSheetIsARealSpreadsheet() throws Exception {
        List<Column> columns = List.of(Column.integer("序号"), Column.text("姓名"), Column.money("月保障金额"),
                Column.percent("占比"), Column.date("起始日期"), Column.dateTime("时间"), Column.text("备注"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter sheet = new SheetWriter("花名册", "低保对象花名册", columns, ZoneId.of("Asia/Shanghai"))) {
            sheet.row(1, "张三丰", new BigDecimal("1234.5"), "16.67", LocalDate.of(2026, 1, 1),
                    Instant.parse("2026-11-30T16:30:00Z"), "=HYPERLINK(\"http://x\")");
            sheet.row(2, "李四", null, null, null, null, "-1+2");
            assertThat(sheet.rows()).isEqualTo(2);
            sheet.writeTo(out);
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheet("花名册");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("低保对象花名册");
            assertThat(sheet.getMergedRegion(0).formatAsString()).isEqualTo("A1:G1");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("月保障金额");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            var money = sheet.getRow(2).getCell(2);
            assertThat(money.getNumericCellValue()).isEqualTo(1234.5);
            assertThat(money.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(16.67);
            assertThat(sheet.getRow(2).getCell(4).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(sheet.getRow(2).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(sheet.getRow(2).getCell(5).getLocalDateTimeCellValue().getHour()).isZero();
            var formula = sheet.getRow(2).getCell(6);
            assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(3).getCell(6).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(2).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
            PrintSetup print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isTrue();
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:2");
            assertThat(sheet.getColumnWidth(1)).isGreaterThanOrEqualTo(8 * 256);
        }
    }
}

package org.yangguang.complaint.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.yangguang.complaint.Complaint;

/**
 * The ledger as .xlsx. Every cell is a string cell; a text that a spreadsheet would read as a
 * formula (starting with =, +, - or @) is also marked quote-prefixed, so it is always shown as text.
 */
final class LedgerExcel {

    static final List<String> HEADERS = List.of("编号", "查询码", "渠道", "状态", "是否属实", "案件", "家庭", "区划",
            "核查层级", "已提级", "受理时间", "办理期限", "逾期", "办结时间", "内容摘要");

    private LedgerExcel() {}

    static byte[] write(List<Complaint> complaints, Instant now) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("信访举报台账");
            CellStyle asText = workbook.createCellStyle();
            asText.setQuotePrefixed(true);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
            }
            int r = 1;
            for (Complaint c : complaints) {
                LedgerLine l = LedgerLine.of(c, now);
                Row row = sheet.createRow(r++);
                List<Object> values = java.util.Arrays.asList(l.complaintId(), l.trackingCode(), l.channel(), l.status(),
                        l.founded(), l.caseId(), l.householdId(), l.regionCode(), l.investigatingLevel(), l.escalated(),
                        l.received(), l.due(), l.overdue(), l.closed(), c.content());
                for (int i = 0; i < values.size(); i++) {
                    text(row.createCell(i), values.get(i), asText);
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void text(Cell cell, Object value, CellStyle asText) {
        String text = value == null ? "" : value instanceof Instant i ? i.toString() : String.valueOf(value);
        cell.setCellValue(text);
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            cell.setCellStyle(asText);
        }
    }
}

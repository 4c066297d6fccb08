package org.yangguang.audit.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.yangguang.audit.AuditEvent;
import org.yangguang.common.logging.MaskingConverter;

/** The trail as an Excel sheet (streaming, so large extracts stay small in memory); ID numbers masked. */
final class AuditExcel {

    static final String[] HEADER = {"序号", "时间", "操作人", "角色", "区划", "类型", "案件", "家庭", "内容", "哈希"};

    private AuditExcel() {}

    static byte[] write(List<AuditEvent> events, ZoneId zone) throws IOException {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("审计记录");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                header.createCell(i).setCellValue(HEADER[i]);
            }
            int rowIndex = 1;
            for (AuditEvent e : events) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(0).setCellValue(e.id());
                row.createCell(1).setCellValue(time.format(e.at()));
                row.createCell(2).setCellValue(e.actor());
                row.createCell(3).setCellValue(e.role() == null ? "" : e.role());
                row.createCell(4).setCellValue(e.regionCode() == null ? "" : e.regionCode());
                row.createCell(5).setCellValue(e.type());
                row.createCell(6).setCellValue(e.caseId() == null ? "" : String.valueOf(e.caseId()));
                row.createCell(7).setCellValue(e.householdId() == null ? "" : String.valueOf(e.householdId()));
                row.createCell(8).setCellValue(e.detail() == null ? "" : MaskingConverter.mask(e.detail()));
                row.createCell(9).setCellValue(e.hash());
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }
}

package org.yangguang.audit.web;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.List;
import org.yangguang.audit.AuditEvent;
import org.yangguang.common.logging.MaskingConverter;
import org.yangguang.excel.Column;
import org.yangguang.excel.SheetWriter;

/** The trail as an Excel sheet (streaming, so large extracts stay small in memory); ID numbers masked. */
final class AuditExcel {

    static final List<Column> COLUMNS = List.of(Column.integer("序号"), Column.dateTime("时间"), Column.text("操作人"),
            Column.text("角色"), Column.text("区划"), Column.text("类型"), Column.text("案件"), Column.text("家庭"),
            Column.text("内容"), Column.text("哈希"));

    private AuditExcel() {}

    static byte[] write(List<AuditEvent> events, ZoneId zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter sheet = new SheetWriter("审计记录", "审计记录", COLUMNS, zone)) {
            for (AuditEvent e : events) {
                sheet.row(e.id(), e.at(), e.actor(), e.role(), e.regionCode(), e.type(),
                        e.caseId() == null ? null : String.valueOf(e.caseId()),
                        e.householdId() == null ? null : String.valueOf(e.householdId()),
                        e.detail() == null ? null : MaskingConverter.mask(e.detail()), e.hash());
            }
            sheet.writeTo(out);
        }
        return out.toByteArray();
    }
}

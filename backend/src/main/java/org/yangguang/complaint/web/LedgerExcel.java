package org.yangguang.complaint.web;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.yangguang.complaint.Complaint;
import org.yangguang.excel.Column;
import org.yangguang.excel.SheetWriter;

/**
 * The ledger as .xlsx. Texts are string cells; one that a spreadsheet would read as a formula
 * (starting with =, +, - or @) is also quote-prefixed, so it is always shown as text.
 */
final class LedgerExcel {

    static final List<Column> COLUMNS = List.of(Column.text("编号"), Column.text("查询码"), Column.text("渠道"),
            Column.text("状态"), Column.text("是否属实"), Column.text("案件"), Column.text("家庭"), Column.text("区划"),
            Column.text("核查层级"), Column.text("已提级"), Column.dateTime("受理时间"), Column.dateTime("办理期限"),
            Column.text("逾期"), Column.dateTime("办结时间"), Column.text("内容摘要"));

    private LedgerExcel() {}

    static byte[] write(List<Complaint> complaints, Instant now, ZoneId zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter sheet = new SheetWriter("信访举报台账", "信访举报线索台账", COLUMNS, zone)) {
            for (Complaint c : complaints) {
                LedgerLine l = LedgerLine.of(c, now);
                sheet.row(text(l.complaintId()), l.trackingCode(), l.channel(), l.status(), text(l.founded()),
                        text(l.caseId()), text(l.householdId()), l.regionCode(), l.investigatingLevel(),
                        text(l.escalated()), l.received(), l.due(), text(l.overdue()), l.closed(), c.content());
            }
            sheet.writeTo(out);
        }
        return out.toByteArray();
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}

package org.yangguang.payment.web;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.function.LongFunction;
import org.yangguang.excel.Column;
import org.yangguang.excel.SheetWriter;
import org.yangguang.household.Household;
import org.yangguang.payment.PaymentLine;
import org.yangguang.payment.PaymentRun;

/**
 * The payment file handed to the bank: streaming, so a county's month stays small in memory. Accounts,
 * codes and months are text cells (never numbers, never formulas); amounts are money cells.
 */
final class BankFile {

    private static final List<Column> COLUMNS = List.of(Column.integer("序号"), Column.text("户主姓名"),
            Column.text("银行账号"), Column.money("发放金额（元）"), Column.text("区划代码"), Column.text("家庭编号"),
            Column.text("发放月份"));

    private BankFile() {}

    static byte[] write(PaymentRun run, List<PaymentLine> lines, LongFunction<Household> households, ZoneId zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter sheet = new SheetWriter(run.month(), run.month() + " 最低生活保障金发放名册", COLUMNS, zone)) {
            int number = 0;
            for (PaymentLine line : lines) {
                Household household = households.apply(line.householdId());
                sheet.row(++number, household.head().name(), household.bankAccount(), line.amount(),
                        household.regionCode(), String.valueOf(line.householdId()), line.month());
            }
            sheet.writeTo(out);
        }
        return out.toByteArray();
    }
}

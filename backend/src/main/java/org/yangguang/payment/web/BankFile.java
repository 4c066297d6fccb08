package org.yangguang.payment.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.LongFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.yangguang.household.Household;
import org.yangguang.payment.PaymentLine;
import org.yangguang.payment.PaymentRun;

/**
 * The payment file handed to the bank: streaming, so a county's month stays small in memory.
 * Every text is written as a string cell, so nothing in it can run as a formula.
 */
final class BankFile {

    private static final List<String> HEADER = List.of("序号", "户主姓名", "银行账号", "发放金额（元）", "区划代码", "家庭编号", "发放月份");

    private BankFile() {}

    static byte[] write(PaymentRun run, List<PaymentLine> lines, LongFunction<Household> households) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(run.month());
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            int number = 0;
            for (PaymentLine line : lines) {
                Household household = households.apply(line.householdId());
                Row row = sheet.createRow(++number);
                row.createCell(0).setCellValue(number);
                row.createCell(1).setCellValue(household.head().name());
                row.createCell(2).setCellValue(household.bankAccount() == null ? "" : household.bankAccount());
                row.createCell(3).setCellValue(line.amount().doubleValue());
                row.createCell(4).setCellValue(household.regionCode());
                row.createCell(5).setCellValue(String.valueOf(line.householdId()));
                row.createCell(6).setCellValue(line.month());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}

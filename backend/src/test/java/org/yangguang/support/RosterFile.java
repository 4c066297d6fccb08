package org.yangguang.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds a roster workbook as a county would fill it in (every cell as text). */
public final class RosterFile {

    public static final List<String> HEADER = List.of("区划代码", "户编号", "姓名", "身份证号", "与户主关系", "身份类别", "残疾等级",
            "重病", "月保障金额", "起始年月");

    private final List<List<String>> rows = new ArrayList<>();

    public RosterFile() {
        rows.add(HEADER);
    }

    public RosterFile row(String... cells) {
        rows.add(List.of(cells));
        return this;
    }

    public byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("花名册");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

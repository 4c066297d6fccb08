package org.yangguang.verification.data;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.yangguang.support.TestIds;

/** Real department files for tests: .xlsx written with POI, UTF-8 .csv, and broken ones. */
public final class DepartmentFiles {

    private static final AtomicInteger PEOPLE = new AtomicInteger((int) (System.nanoTime() % 100_000));
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1950, 1, 1);
    private static final int BIRTH_DAYS = 365 * 50;
    private static final int SEQUENCES = 999;

    private DepartmentFiles() {}

    /** A fresh valid ID number outside the demo county (area 110105), different from every other one of the run. */
    public static String person() {
        int n = PEOPLE.incrementAndGet();
        LocalDate birth = FIRST_BIRTH.plusDays(n % BIRTH_DAYS);
        int sequence = n / BIRTH_DAYS % SEQUENCES + 1;
        return TestIds.id("110105", birth.format(DateTimeFormatter.BASIC_ISO_DATE), String.format("%03d", sequence));
    }

    /** A deposit row of a fresh person. */
    public static List<String> deposit(String bank, String balance) {
        return List.of(person(), "测试人", bank, balance, "2026-06-30");
    }

    public static List<List<String>> deposits(int count, String bank) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(deposit(bank, "1000." + String.format("%02d", i % 100)));
        }
        return rows;
    }

    /** An .xlsx whose first sheet holds the header and the rows (all cells text). */
    public static byte[] xlsx(List<String> header, List<List<String>> rows) {
        try (Workbook workbook = rows.size() > 10_000 ? new SXSSFWorkbook(100) : new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("数据");
            write(sheet.createRow(0), header);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xlsx(DataSource source, List<List<String>> rows) {
        return xlsx(source.header(), rows);
    }

    /** UTF-8 CSV, optionally with a byte-order mark, fields quoted where needed. */
    public static byte[] csv(List<String> header, List<List<String>> rows, boolean bom) {
        StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
        line(text, header);
        rows.forEach(row -> line(text, row));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A valid .xlsx whose sheet XML is padded with megabytes of blanks: it compresses a thousandfold,
     * far below POI's minimum inflate ratio.
     */
    public static byte[] zipBomb(DataSource source, int paddingMegabytes) {
        byte[] plain = xlsx(source, List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int cut = xml.indexOf("<sheetData>") >= 0 ? xml.indexOf("<sheetData>") : xml.indexOf("<sheetData");
                    zip.write(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1024 * 1024];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < paddingMegabytes; i++) {
                        zip.write(blanks);
                    }
                    zip.write(xml.substring(cut).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                row.createCell(i).setCellValue(values.get(i));
            }
        }
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        if (workbook instanceof SXSSFWorkbook streaming) {
            streaming.dispose();
        }
        return out.toByteArray();
    }

    private static void line(StringBuilder text, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i) == null ? "" : values.get(i);
            boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n");
            text.append(i == 0 ? "" : ",").append(quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
        }
        text.append("\r\n");
    }
}

package org.yangguang.verification.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import org.yangguang.common.InvalidInputException;

class SheetReadersTest {

    static final ImportLimits LIMITS = new ImportLimits(DataSize.ofMegabytes(20), 5000, DataSize.ofMegabytes(1), 1000,
            500, 500, 1, 100, 0.01, DataSize.ofMegabytes(500));

    @TempDir
    Path folder;

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    private static List<String> rows(SheetReader reader, Path file) {
        List<String> rows = new ArrayList<>();
        reader.read(file, (number, cells) -> rows.add(number + ":" + String.join("|", cells.stream()
                .map(c -> c == null ? "" : c).toList())));
        return rows;
    }

    @Test
    void xlsxCellsReadAsTheImportExpectsThem() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy年m月d日"));
            CellStyle grouped = workbook.createCellStyle();
            grouped.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            Sheet sheet = workbook.createSheet("存款");
            workbook.createSheet("第二张");
            Row header = sheet.createRow(0);
            List.of("身份证号", "姓名", "机构", "余额", "截止日期").forEach(h -> header.createCell(header.getLastCellNum() < 0
                    ? 0 : header.getLastCellNum()).setCellValue(h));
            Row row = sheet.createRow(3);
            row.createCell(0).setCellValue("110105198001011237");
            row.createCell(2).setCellValue("信用社");
            row.createCell(3).setCellValue(12345.6);
            row.getCell(3).setCellStyle(grouped);
            row.createCell(4).setCellValue(LocalDate.of(2026, 6, 30));
            row.getCell(4).setCellStyle(date);
            workbook.write(out);
        }
        Path xlsx = file("a.xlsx", out.toByteArray());

        assertThat(rows(new XlsxSheetReader(LIMITS), xlsx))
                .containsExactly("1:身份证号|姓名|机构|余额|截止日期", "4:110105198001011237||信用社|12345.6|2026-06-30");
        assertThat(new XlsxSheetReader(LIMITS).estimateRows(xlsx)).isEqualTo(3);
    }

    @Test
    void csvWithByteOrderMarkQuotesAndLineBreaks() throws IOException {
        byte[] content = "\uFEFF身份证号,姓名,死亡日期,备注\r\n1,\"张,三\",2026-01-01,\"两行\n备注\"\r\n\r\n2,李四,2026-01-02,\r\n"
                .getBytes(StandardCharsets.UTF_8);
        Path csv = file("a.csv", content);

        assertThat(rows(new CsvSheetReader(), csv)).containsExactly("1:身份证号|姓名|死亡日期|备注",
                "2:1|张,三|2026-01-01|两行\n备注", "3:", "4:2|李四|2026-01-02|");
    }

    @Test
    void csvThatIsNotUtf8IsRefused() throws IOException {
        Path gbk = file("gbk.csv", "身份证号,姓名,死亡日期\r\n".getBytes(Charset.forName("GBK")));

        assertThatThrownBy(() -> new CsvSheetReader().estimateRows(gbk)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> rows(new CsvSheetReader(), gbk)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aZipBombIsRefusedAsSuch() throws IOException {
        Path bomb = file("bomb.xlsx", DepartmentFiles.zipBomb(DataSource.DEATH, 50));
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);

        assertThatThrownBy(() -> rows(new XlsxSheetReader(LIMITS), bomb))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).messageKey())
                        .isEqualTo("import.file.zipBomb"));
    }

    @Test
    void aDamagedXlsxIsRefused() throws IOException {
        Path damaged = file("damaged.xlsx", "PK\u0003\u0004 this is no zip".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> rows(new XlsxSheetReader(LIMITS), damaged))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).messageKey())
                        .isEqualTo("import.file.xlsxUnreadable"));
    }

    @Test
    void theFirstBytesMustFitTheExtension() {
        byte[] zip = {'P', 'K', 3, 4, 1};
        byte[] text = "身份证号".getBytes(StandardCharsets.UTF_8);
        assertThat(FileKind.byName("存款.XLSX")).isEqualTo(FileKind.XLSX);
        assertThat(FileKind.byName("存款.xls")).isNull();
        assertThat(FileKind.XLSX.fits(zip, zip.length)).isTrue();
        assertThat(FileKind.XLSX.fits(text, text.length)).isFalse();
        assertThat(FileKind.CSV.fits(text, text.length)).isTrue();
        assertThat(FileKind.CSV.fits(zip, zip.length)).isFalse();
        assertThat(FileKind.CSV.fits(new byte[] {'a', 0, 'b'}, 3)).isFalse();
    }
}

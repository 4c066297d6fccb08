package org.yangguang.verification.data;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The .xlsx template of a source: the header row alone on the first sheet (an example row there
 * would be imported with the data), and a second sheet that documents each column: required or
 * not, format, an example.
 */
@Component
public class ImportTemplates {

    private static final int COLUMN_WIDTH = 22 * 256;

    private final MessageSource messages;
    private final ImportLimits limits;

    ImportTemplates(MessageSource messages, ImportLimits limits) {
        this.messages = messages;
        this.limits = limits;
    }

    public void write(DataSource source, Locale locale, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet data = workbook.createSheet(text("import.template.sheet", locale));
            row(data, 0, source.header(), bold);
            List<ColumnRule> columns = SourceColumns.of(source);
            Sheet notes = workbook.createSheet(text("import.template.notes", locale));
            row(notes, 0, List.of(text("import.template.column", locale), text("import.template.required", locale),
                    text("import.template.format", locale), text("import.template.example", locale)), bold);
            for (int i = 0; i < columns.size(); i++) {
                ColumnRule rule = columns.get(i);
                row(notes, i + 1, List.of(rule.name(),
                        text(rule.required() ? "import.template.yes" : "import.template.no", locale),
                        text("import.format." + rule.kind().name(), locale, limits.maxCellLength(),
                                String.join("/", rule.choices())),
                        rule.example()), null);
            }
            row(notes, columns.size() + 2, List.of(text("import.template.remark", locale)), null);
            for (int i = 0; i < Math.max(source.header().size(), 4); i++) {
                data.setColumnWidth(i, COLUMN_WIDTH);
                notes.setColumnWidth(i, COLUMN_WIDTH);
            }
            workbook.write(out);
        }
    }

    public String fileName(DataSource source) {
        return "template-" + source.name().toLowerCase(Locale.ROOT) + ".xlsx";
    }

    private static void row(Sheet sheet, int index, List<String> values, CellStyle style) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(values.get(i));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}

package org.yangguang.verification.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.yangguang.common.Violations;

/**
 * UTF-8 CSV (RFC 4180 quoting, an optional byte-order mark) through Apache Commons CSV. Bytes that
 * are not UTF-8 refuse the file. Empty lines are kept as records so that record numbers stay the
 * row numbers a spreadsheet shows.
 */
final class CsvSheetReader implements SheetReader {

    private static final int[] BOM = {0xEF, 0xBB, 0xBF};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false)
            .get();

    @Override
    public void read(Path file, RowHandler rows) {
        try (Reader reader = utf8(file); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                if (!rows.row((int) record.getRecordNumber(), record.toList())) {
                    return;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            Violations.reject("file", "import.file.csvUnreadable");
        }
    }

    /** The lines after the header; reading them all also refuses a file that is not UTF-8 text. */
    @Override
    public int estimateRows(Path file) {
        int lines = 0;
        boolean endsWithNewline = true;
        char[] buffer = new char[8192];
        try (Reader reader = utf8(file)) {
            int read;
            while ((read = reader.read(buffer)) != -1) {
                for (int i = 0; i < read; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
                if (read > 0) {
                    endsWithNewline = buffer[read - 1] == '\n';
                }
            }
        } catch (IOException e) {
            Violations.reject("file", "import.file.csvUnreadable");
        }
        return Math.max(0, lines + (endsWithNewline ? 0 : 1) - 1);
    }

    private static Reader utf8(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file));
        in.mark(BOM.length);
        boolean bom = true;
        for (int expected : BOM) {
            bom &= in.read() == expected;
        }
        if (!bom) {
            in.reset();
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}

package org.yangguang.verification.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import org.yangguang.common.Violations;

/**
 * Takes an upload in before anything is stored or a job started: size, extension and first bytes,
 * a readable header of the source, and the estimate of its rows. A refused upload leaves no file.
 */
@Component
public class ImportUploads {

    private static final int HEAD_BYTES = 512;
    private static final long MEGABYTE = 1024L * 1024L;

    private final ImportLimits limits;

    ImportUploads(ImportLimits limits) {
        this.limits = limits;
    }

    public ImportUpload accept(DataSource source, String fileName, long size, InputStream content) {
        Violations.rejectIf(source == null, "source", "error.badValue");
        checkSize(size);
        FileKind kind = FileKind.byName(fileName);
        Violations.rejectIf(kind == null, "file", "import.file.type");
        return stored(kind, content, (file, sha256) -> {
            SheetReader reader = SheetReader.of(kind, limits);
            checkHeader(source, reader, file);
            return new ImportUpload(source, baseName(fileName), file, kind, Files.size(file), sha256,
                    reader.estimateRows(file));
        });
    }

    /** An accepted spreadsheet of another import: the temporary file (the caller discards it) and its content hash. */
    public record AcceptedFile(Path file, String sha256, String fileName) {}

    /**
     * An .xlsx upload of another import (the roster): size, extension and first bytes checked as for
     * department data, stored as a temporary file.
     */
    public AcceptedFile acceptXlsx(String fileName, long size, InputStream content) {
        checkSize(size);
        Violations.rejectIf(FileKind.byName(fileName) != FileKind.XLSX, "file", "import.file.xlsxOnly");
        return stored(FileKind.XLSX, content, (file, sha256) -> new AcceptedFile(file, sha256, baseName(fileName)));
    }

    private interface Inspection<T> {
        T inspect(Path file, String sha256) throws IOException;
    }

    /** Copies the upload to a temporary file, checks its first bytes, and inspects it; a refused upload leaves no file. */
    private <T> T stored(FileKind kind, InputStream content, Inspection<T> inspection) {
        Path file = createTempFile();
        try {
            String sha256 = copy(content, file);
            checkHead(kind, file);
            return inspection.inspect(file, sha256);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    private void checkSize(long size) {
        Violations.rejectIf(size <= 0, "file", "import.file.empty");
        if (size > limits.maxBytes().toBytes()) {
            throw new UploadTooLarge(limits.maxBytes().toBytes() / MEGABYTE);
        }
    }

    /** Streams the rows of the first sheet of an accepted .xlsx, with the zip-bomb guard and cell limits. */
    public void readXlsx(Path file, RowHandler rows) {
        SheetReader.of(FileKind.XLSX, limits).read(file, rows);
    }

    /** Deletes an accepted upload. */
    public void discard(Path file) {
        delete(file);
    }

    private static void checkHead(FileKind kind, Path file) throws IOException {
        byte[] head = new byte[HEAD_BYTES];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        }
        Violations.rejectIf(!kind.fits(head, length), "file", "import.file.type");
    }

    private static void checkHeader(DataSource source, SheetReader reader, Path file) {
        boolean[] found = {false};
        reader.read(file, (rowNumber, cells) -> {
            if (HeaderRow.isBlank(cells)) {
                return true;
            }
            HeaderRow.of(source, cells);
            found[0] = true;
            return false;
        });
        Violations.rejectIf(!found[0], "file", "import.file.noHeader");
    }

    private String copy(InputStream content, Path file) throws IOException {
        MessageDigest sha256 = sha256();
        try (InputStream in = content; OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256)) {
            long copied = in.transferTo(out);
            if (copied > limits.maxBytes().toBytes()) {
                throw new UploadTooLarge(limits.maxBytes().toBytes() / MEGABYTE);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** The name without any folder a browser may send, at most the column's 255 characters. */
    private static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path createTempFile() {
        try {
            return Files.createTempFile("yangguang-import-", ".upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file: the system cleans its folder
        }
    }
}

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
        Violations.rejectIf(size <= 0, "file", "import.file.empty");
        if (size > limits.maxBytes().toBytes()) {
            throw new UploadTooLarge(limits.maxBytes().toBytes() / MEGABYTE);
        }
        FileKind kind = FileKind.byName(fileName);
        Violations.rejectIf(kind == null, "file", "import.file.type");
        Path file = createTempFile();
        try {
            String sha256 = copy(content, file);
            checkHead(kind, file);
            SheetReader reader = SheetReader.of(kind, limits);
            checkHeader(source, reader, file);
            return new ImportUpload(source, baseName(fileName), file, kind, Files.size(file), sha256,
                    reader.estimateRows(file));
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
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

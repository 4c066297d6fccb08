package org.yangguang.verification.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An accepted upload, copied to a temporary file of our own (the request's copy is gone once it
 * answers, a job reads later): its kind, size, SHA-256 and an estimate of its data rows.
 */
public record ImportUpload(DataSource source, String fileName, Path file, FileKind kind, long bytes, String sha256,
        int estimatedRows) {

    /** Removes the temporary copy. */
    public void discard() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.yangguang.verification.data;

import java.util.Locale;

/** The file types accepted: the extension and the first bytes must agree. */
public enum FileKind {
    XLSX(".xlsx"),
    CSV(".csv");

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String extension;

    FileKind(String extension) {
        this.extension = extension;
    }

    /** The kind named by the file's extension, or null. */
    static FileKind byName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        for (FileKind kind : values()) {
            if (name.endsWith(kind.extension)) {
                return kind;
            }
        }
        return null;
    }

    /** Whether the first bytes fit: a zip archive for .xlsx; for .csv anything but a zip or a NUL byte (text is checked as it is read). */
    boolean fits(byte[] head, int length) {
        boolean zip = length >= ZIP_MAGIC.length && head[0] == ZIP_MAGIC[0] && head[1] == ZIP_MAGIC[1]
                && head[2] == ZIP_MAGIC[2] && head[3] == ZIP_MAGIC[3];
        if (this == XLSX) {
            return zip;
        }
        for (int i = 0; i < length; i++) {
            if (head[i] == 0) {
                return false;
            }
        }
        return !zip;
    }
}

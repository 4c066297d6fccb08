package org.yangguang.verification.data;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * POI's guard against zip bombs: an entry that inflates beyond {@code minInflateRatio} or {@code
 * maxEntryBytes} stops the read with "Zip bomb detected". The settings are JVM-wide (POI keeps them
 * static); the import sets them from its limits.
 */
final class ZipBombGuard {

    private static final String POI_MESSAGE = "Zip bomb detected";

    private ZipBombGuard() {}

    static void apply(ImportLimits limits) {
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes().toBytes());
    }

    /** Whether a failure to read a package came from the guard. */
    static boolean isBomb(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(POI_MESSAGE)) {
                return true;
            }
        }
        return false;
    }
}

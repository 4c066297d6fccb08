package org.yangguang.verification.data;

import java.util.List;

/**
 * An import running in the background, as polled (api.md): RUNNING, then DONE with the result or
 * FAILED with one error that says why (nothing is stored then).
 */
public record ImportJob(String jobId, DataSource source, String fileName, String status, int processed, int total,
        int rows, List<ImportError> errors, int warningsRaised, int errorCount, Long batchId) {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";
}

package org.yangguang.verification.data;

import java.time.Instant;

/** A stored file: what it was, how many rows it brought, who imported it when. */
public record ImportBatch(long batchId, DataSource source, String fileName, String contentSha256, int rows,
        int warningsRaised, String importer, Instant importedAt, String status) {}

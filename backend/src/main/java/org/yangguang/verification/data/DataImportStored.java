package org.yangguang.verification.data;

/**
 * Published in the import's transaction once a file is stored, for the audit trail: who stored
 * which file of which source, rows and warnings. It carries no ID number.
 */
public record DataImportStored(String actor, DataSource source, long batchId, String fileName, String contentSha256,
        int rows, int warningsRaised) {}

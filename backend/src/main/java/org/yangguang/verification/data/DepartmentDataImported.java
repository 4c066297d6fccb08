package org.yangguang.verification.data;

/** Published inside the transaction that stored an import batch; matching reruns after commit. */
public record DepartmentDataImported(DataSource source, long batchId, int rows) {
}

package org.yangguang.verification.data;

import java.util.Set;

/**
 * Matches the open households of the people in a fresh import, in the import's transaction, so
 * that the import can answer with the number of warnings it raised.
 */
public interface ImportedPeopleMatcher {

    /** @return the number of warnings raised */
    int matchAfterImport(DataSource source, Set<String> idNumbers);
}

package org.yangguang.process.versions;

import java.util.List;

/** What the audit trail records of versions and migrations. */
public final class MigrationEvents {

    private MigrationEvents() {}

    /** A supervisor asked which running instances a migration would move and which it cannot. */
    public record MigrationDryRun(String actor, String sourceDefinitionId, String targetDefinitionId, int instances,
            int mappable, List<String> unmappableInstanceIds) {}

    /** A supervisor started a migration batch for the mappable instances (the unmappable ones stay). */
    public record MigrationStarted(String actor, String batchId, String sourceDefinitionId, String targetDefinitionId,
            int instances, int batchSize, List<String> skippedInstanceIds) {}

    /**
     * The engine moved one process instance to another version (in the transaction of the move): by a
     * migration batch (its creator is the actor) or by a synchronous migration of an authenticated user.
     */
    public record ProcessMigrated(String actor, String processInstanceId, String businessKey,
            String targetDefinitionId, String processDefinitionKey, Integer targetVersion, String batchId) {}
}

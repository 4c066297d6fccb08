package org.yangguang.process.versions;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code yangguang.migration.*}: how many process instances one job of a migration batch moves (one transaction). */
@ConfigurationProperties("yangguang.migration")
public record MigrationSettings(@DefaultValue("50") int batchSize) {

    public MigrationSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("yangguang.migration.batch-size must be at least 1");
        }
    }
}

package org.yangguang.personaldata.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.yangguang.personaldata.PersonalDataCipher;
import org.yangguang.personaldata.internal.SealedColumns.Column;

/**
 * Flyway migration 20: seals the personal data stored before V18 and fills its search hashes, a
 * page of rows at a time by id. A value already sealed is left as it is, so a rerun after a crash
 * finishes the work. Spring Boot hands every {@link JavaMigration} bean to Flyway.
 */
@Component
class SealStoredPersonalData implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(SealStoredPersonalData.class);
    private static final int PAGE = 500;

    private final PersonalDataCipher cipher;

    SealStoredPersonalData(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("20");
    }

    @Override
    public String getDescription() {
        return "seal stored personal data";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        for (Map.Entry<String, List<Column>> table : SealedColumns.BY_TABLE.entrySet()) {
            int sealed = sealTable(context.getConnection(), table.getKey(), table.getValue());
            log.info("Sealed personal data: {} rows of {}", sealed, table.getKey());
        }
    }

    private int sealTable(Connection connection, String table, List<Column> columns) throws SQLException {
        String names = String.join(", ", columns.stream().map(Column::sealed).toList());
        List<String> sets = new ArrayList<>();
        for (Column c : columns) {
            sets.add(c.sealed() + " = ?");
            if (c.hash() != null) {
                sets.add(c.hash() + " = ?");
            }
        }
        String select = "SELECT id, " + names + " FROM " + table + " WHERE id > ? ORDER BY id";
        String update = "UPDATE " + table + " SET " + String.join(", ", sets) + " WHERE id = ?";
        int count = 0;
        long after = 0;
        try (PreparedStatement read = connection.prepareStatement(select);
                PreparedStatement write = connection.prepareStatement(update)) {
            read.setMaxRows(PAGE);
            while (true) {
                read.setLong(1, after);
                int inPage = 0;
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        inPage++;
                        after = rows.getLong(1);
                        if (bindSealed(write, rows, columns)) {
                            write.setLong(sets.size() + 1, after);
                            write.addBatch();
                            count++;
                        }
                    }
                }
                write.executeBatch();
                if (inPage < PAGE) {
                    return count;
                }
            }
        }
    }

    /** Binds the sealed values and hashes of one row; false when every value is sealed already. */
    private boolean bindSealed(PreparedStatement write, ResultSet row, List<Column> columns) throws SQLException {
        boolean changed = false;
        int parameter = 1;
        for (int i = 0; i < columns.size(); i++) {
            String value = row.getString(i + 2);
            boolean plain = value != null && !cipher.isSealed(value);
            changed |= plain;
            String opened = plain ? value : (value == null ? null : cipher.open(value));
            write.setString(parameter++, plain ? cipher.seal(value) : value);
            if (columns.get(i).hash() != null) {
                write.setString(parameter++, cipher.hash(opened));
            }
        }
        return changed;
    }
}

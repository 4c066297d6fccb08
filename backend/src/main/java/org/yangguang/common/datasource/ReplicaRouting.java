package org.yangguang.common.datasource;

import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Chooses the database of a connection when it is first used: the replica for a read-only transaction
 * of a feature the replica serves, the primary for everything else (writes, the engine, the audit
 * trail, every read that may follow a write). Behind a lazy proxy, so the choice is made at the
 * transaction's first statement, when its name and read-only flag are known.
 */
final class ReplicaRouting extends AbstractRoutingDataSource {

    private static final String PRIMARY = "primary";
    private static final String REPLICA = "replica";

    private final ReplicaSettings settings;

    ReplicaRouting(DataSource primary, DataSource replica, ReplicaSettings settings) {
        this.settings = settings;
        setTargetDataSources(Map.of(PRIMARY, primary, REPLICA, replica));
        setDefaultTargetDataSource(primary);
        setLenientFallback(false);
        afterPropertiesSet();
    }

    @Override
    protected Object determineCurrentLookupKey() {
        boolean replicaRead = TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                && settings.serves(TransactionSynchronizationManager.getCurrentTransactionName());
        return replicaRead ? REPLICA : PRIMARY;
    }
}

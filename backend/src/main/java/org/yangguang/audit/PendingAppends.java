package org.yangguang.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.yangguang.audit.internal.AuditMapper;
import org.yangguang.audit.internal.AuditMapper.ChainHead;
import org.yangguang.identity.OfficerView;

/**
 * The audit records of one transaction, appended to the chain just before it commits. Bound to
 * the transaction like Spring's own resources: a transaction started apart ({@code REQUIRES_NEW})
 * gets appends of its own, and the outer one's wait until it resumes. Also keeps the officers
 * already looked up in the transaction, since one officer usually causes all of its records.
 */
final class PendingAppends implements TransactionSynchronization {

    /** Rows per INSERT statement. */
    private static final int ROWS_PER_INSERT = 200;

    private final AuditMapper audit;
    private final List<AuditEvent> unsigned = new ArrayList<>();
    private final Map<String, Optional<OfficerView>> officers = new HashMap<>();

    private PendingAppends(AuditMapper audit) {
        this.audit = audit;
    }

    /** This transaction's appends, created and registered at its first record. */
    static PendingAppends ofTransaction(AuditMapper audit) {
        PendingAppends bound = (PendingAppends) TransactionSynchronizationManager.getResource(PendingAppends.class);
        if (bound != null) {
            return bound;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("audit records need a transaction");
        }
        PendingAppends created = new PendingAppends(audit);
        TransactionSynchronizationManager.bindResource(PendingAppends.class, created);
        TransactionSynchronizationManager.registerSynchronization(created);
        return created;
    }

    Optional<OfficerView> officer(String username, Function<String, Optional<OfficerView>> lookup) {
        return officers.computeIfAbsent(username, lookup);
    }

    void add(AuditEvent event) {
        unsigned.add(event);
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        if (unsigned.isEmpty()) {
            return;
        }
        ChainHead head = audit.lockHead();
        long id = head.lastId();
        String previousHash = head.lastHash();
        List<AuditEvent> chained = new ArrayList<>(unsigned.size());
        for (AuditEvent event : unsigned) {
            AuditEvent appended = event.chainedAs(++id, previousHash);
            previousHash = appended.hash();
            chained.add(appended);
        }
        for (int from = 0; from < chained.size(); from += ROWS_PER_INSERT) {
            audit.insertAll(chained.subList(from, Math.min(chained.size(), from + ROWS_PER_INSERT)));
        }
        audit.moveHead(id, previousHash);
        unsigned.clear();
    }

    @Override
    public void suspend() {
        TransactionSynchronizationManager.unbindResource(PendingAppends.class);
    }

    @Override
    public void resume() {
        TransactionSynchronizationManager.bindResource(PendingAppends.class, this);
    }

    @Override
    public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(PendingAppends.class);
    }
}

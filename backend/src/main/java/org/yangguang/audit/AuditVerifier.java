package org.yangguang.audit;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.internal.AuditMapper;
import org.yangguang.audit.internal.AuditMapper.ChainHead;

/**
 * Recomputes the chain from the first row: every row's hash must match its content, link to the
 * previous row's hash, and follow it by id without a gap; the last row must be the head. The
 * first row where that fails is named — after an edit, a deletion or a reordering made directly
 * in the database.
 */
@Service
public class AuditVerifier {

    private static final int PAGE = 1000;

    private final AuditMapper audit;

    AuditVerifier(AuditMapper audit) {
        this.audit = audit;
    }

    /** {@code valid}, how many rows were checked, and the id of the first broken one (or null). */
    public record Verification(boolean valid, long checked, Long firstBrokenId) {}

    @Transactional(readOnly = true)
    public Verification verify() {
        String previousHash = AuditHashing.GENESIS;
        long previousId = 0;
        long checked = 0;
        List<AuditEvent> page = audit.findPage(0, PAGE);
        while (!page.isEmpty()) {
            for (AuditEvent event : page) {
                checked++;
                boolean intact = event.id() == previousId + 1
                        && event.prevHash().equals(previousHash)
                        && AuditHashing.hash(event).equals(event.hash());
                if (!intact) {
                    return new Verification(false, checked, event.id());
                }
                previousHash = event.hash();
                previousId = event.id();
            }
            page = audit.findPage(previousId, PAGE);
        }
        ChainHead head = audit.findHead();
        if (head.lastId() != previousId || !head.lastHash().equals(previousHash)) {
            return new Verification(false, checked, previousId + 1);
        }
        return new Verification(true, checked, null);
    }
}

package org.yangguang.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.audit.internal.AuditMapper;
import org.yangguang.audit.internal.AuditMapper.ChainHead;
import org.yangguang.common.logging.MaskingConverter;
import org.yangguang.identity.OfficerService;
import org.yangguang.identity.OfficerView;

/**
 * Appends to the chain inside the caller's transaction: lock the head, hash the new row over the
 * head's hash, insert, move the head. If any of it fails, the caller's change fails with it.
 * Times are kept to the second (MySQL as Camunda needs it sends no fractions).
 */
@Service
public class AuditTrail {

    private final AuditMapper audit;
    private final OfficerService officers;
    private final ObjectMapper json;
    private final Clock clock;

    AuditTrail(AuditMapper audit, OfficerService officers, ObjectMapper json, Clock clock) {
        this.audit = audit;
        this.officers = officers;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEvent record(AuditDraft draft) {
        ChainHead head = audit.lockHead();
        Optional<OfficerView> officer = draft.actor() == null ? Optional.empty() : officers.find(draft.actor());
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        AuditEvent unsigned = new AuditEvent(head.lastId() + 1, at, draft.actor() == null ? "anonymous" : draft.actor(),
                officer.map(o -> o.role().name()).orElse(null), officer.map(OfficerView::regionCode).orElse(null),
                draft.type(), draft.caseId(), draft.householdId(), text(draft.detail()), head.lastHash(), null);
        AuditEvent event = withHash(unsigned, AuditHashing.hash(unsigned));
        audit.insert(event);
        audit.moveHead(event.id(), event.hash());
        return event;
    }

    /** For records that must stay even when the caller's transaction rolls back (a refused access). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditEvent recordApart(AuditDraft draft) {
        return record(draft);
    }

    private String text(Object detail) {
        if (detail == null || detail instanceof String) {
            return detail == null ? null : MaskingConverter.mask((String) detail);
        }
        try {
            return json.writeValueAsString(PersonalDataMask.apply(json.valueToTree(detail)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit detail cannot be written", e);
        }
    }

    private static AuditEvent withHash(AuditEvent e, String hash) {
        return new AuditEvent(e.id(), e.at(), e.actor(), e.role(), e.regionCode(), e.type(), e.caseId(), e.householdId(),
                e.detail(), e.prevHash(), hash);
    }
}

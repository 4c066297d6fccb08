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
import org.yangguang.common.logging.MaskingConverter;
import org.yangguang.identity.OfficerService;
import org.yangguang.identity.OfficerView;

/**
 * Records what happened, in the caller's transaction. The record is written with the transaction's
 * other records just before it commits ({@link PendingAppends}): the chain's head is locked once,
 * each row is hashed over the one before, the rows are inserted and the head moved. The head is
 * therefore held only for those appends, not for the whole transaction, and a transaction that
 * rolls back leaves nothing in the trail. If the appends fail, the caller's change fails with them.
 * Times are those of the recording, kept to the second (MySQL as Camunda needs it sends no fractions).
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
    public void record(AuditDraft draft) {
        PendingAppends pending = PendingAppends.ofTransaction(audit);
        Optional<OfficerView> officer = draft.actor() == null
                ? Optional.empty()
                : pending.officer(draft.actor(), officers::find);
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        pending.add(new AuditEvent(0, at, draft.actor() == null ? "anonymous" : draft.actor(),
                officer.map(o -> o.role().name()).orElse(null), officer.map(OfficerView::regionCode).orElse(null),
                draft.type(), draft.caseId(), draft.householdId(), text(draft.detail()), null, null));
    }

    /** For records that must stay even when the caller's transaction rolls back (a refused access). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordApart(AuditDraft draft) {
        record(draft);
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
}

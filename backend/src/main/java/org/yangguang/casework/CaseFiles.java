package org.yangguang.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.casework.CaseEvents.CaseEventRecorded;
import org.yangguang.casework.CaseEvents.CaseFieldsChanged;
import org.yangguang.casework.CaseEvents.CaseOpened;
import org.yangguang.casework.CaseEvents.CaseStatusChanged;
import org.yangguang.casework.CaseEvents.DocumentStored;
import org.yangguang.casework.internal.CaseEventInsert;
import org.yangguang.casework.internal.CaseInsert;
import org.yangguang.casework.internal.CaseMapper;
import org.yangguang.casework.internal.DocumentInsert;
import org.yangguang.common.NotFoundException;
import org.yangguang.region.RegionScope;

/** Opens cases, moves their status, keeps their timeline and documents. Callers check jurisdiction first. */
@Service
public class CaseFiles {

    private final CaseMapper cases;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CaseFiles(CaseMapper cases, Clock clock, ApplicationEventPublisher events) {
        this.cases = cases;
        this.clock = clock;
        this.events = events;
    }

    public Optional<CaseRecord> find(long caseId) {
        return Optional.ofNullable(cases.findById(caseId));
    }

    public CaseRecord require(long caseId) {
        return find(caseId).orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    public Optional<CaseRecord> findByProcessInstance(String processInstanceId) {
        return Optional.ofNullable(cases.findByProcessInstance(processInstanceId));
    }

    public List<CaseRecord> ofHousehold(long householdId) {
        return cases.findInScope("%", null, householdId, Integer.MAX_VALUE);
    }

    public List<CaseRecord> list(RegionScope scope, CaseStatus status, Long householdId, int limit) {
        return cases.findInScope(scope.likePattern(), status == null ? null : status.name(), householdId, limit);
    }

    @Transactional
    public CaseRecord open(CaseKind kind, long householdId, String regionCode, boolean closeRelative, String actor) {
        Instant now = clock.instant();
        CaseRecord draft = new CaseRecord(0, kind, householdId, regionCode, CaseStatus.APPLIED, null, closeRelative,
                false, false, null, null, null, null, now, null, null, null, actor);
        CaseInsert insert = new CaseInsert(draft);
        cases.insert(insert);
        CaseRecord opened = require(insert.getId());
        events.publishEvent(new CaseOpened(opened, actor));
        return opened;
    }

    @Transactional
    public CaseRecord changeStatus(long caseId, CaseStatus status, String actor) {
        CaseRecord before = require(caseId);
        if (before.status() == status) {
            return before;
        }
        cases.update(before.withStatus(status));
        events.publishEvent(new CaseStatusChanged(caseId, before.status(), status, actor));
        return require(caseId);
    }

    /** Any other change of the case's own fields, recorded before and after. */
    @Transactional
    public CaseRecord change(long caseId, UnaryOperator<CaseRecord> change, String actor) {
        CaseRecord before = require(caseId);
        CaseRecord after = change.apply(before);
        if (after.status() != before.status()) {
            throw new IllegalArgumentException("use changeStatus to move a case's status");
        }
        if (!after.equals(before)) {
            cases.update(after);
            events.publishEvent(new CaseFieldsChanged(before, after, actor));
        }
        return require(caseId);
    }

    @Transactional
    public CaseEvent record(long caseId, CaseEventDraft draft) {
        CaseEvent event = new CaseEvent(null, caseId, clock.instant(), draft.actor(), draft.role(), draft.action(),
                draft.taskKey(), draft.decision(), draft.opinion(), draft.detail());
        CaseEventInsert insert = new CaseEventInsert(event);
        cases.insertEvent(insert);
        CaseEvent stored = new CaseEvent(insert.getId(), caseId, event.at(), event.actor(), event.role(),
                event.action(), event.taskKey(), event.decision(), event.opinion(), event.detail());
        events.publishEvent(new CaseEventRecorded(stored));
        return stored;
    }

    public List<CaseEvent> timeline(long caseId) {
        return cases.findEvents(caseId);
    }

    @Transactional
    public CaseDocument storeDocument(
            long caseId, String kind, String fileName, String contentType, byte[] content, String actor) {
        DocumentInsert insert =
                new DocumentInsert(caseId, kind, fileName, contentType, content, clock.instant(), actor);
        cases.insertDocument(insert);
        CaseDocument document = cases.findDocument(insert.getId());
        events.publishEvent(new DocumentStored(document));
        return document;
    }

    public List<CaseDocument> documents(long caseId) {
        return cases.findDocuments(caseId);
    }

    public Optional<CaseDocument> document(long documentId) {
        return Optional.ofNullable(cases.findDocument(documentId));
    }

    public byte[] documentContent(long documentId) {
        return cases.findDocumentContent(documentId).content();
    }
}

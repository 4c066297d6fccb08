package org.yangguang.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.yangguang.audit.internal.AuditMapper;
import org.yangguang.casework.CaseFiles;
import org.yangguang.casework.CaseRecord;

/** Inspectors' queries of the trail: by case, household, actor, type and period; a case's whole dossier. */
@Service
public class AuditSearch {

    public static final int LIMIT = 10_000;

    private final AuditMapper audit;
    private final CaseFiles cases;

    AuditSearch(AuditMapper audit, CaseFiles cases) {
        this.audit = audit;
        this.cases = cases;
    }

    /** The filter of a search. */
    public record Filter(Long caseId, Long householdId, String actor, String type, Instant from, Instant to) {}

    public List<AuditEvent> search(Filter filter) {
        return audit.search(filter.caseId(), filter.householdId(), blank(filter.actor()), blank(filter.type()),
                filter.from(), filter.to(), LIMIT);
    }

    /** Every event of the case and of its household, in the order they happened. */
    public List<AuditEvent> dossier(long caseId) {
        CaseRecord record = cases.require(caseId);
        Map<Long, AuditEvent> events = new LinkedHashMap<>();
        audit.search(caseId, null, null, null, null, null, LIMIT).forEach(e -> events.put(e.id(), e));
        audit.search(null, record.householdId(), null, null, null, null, LIMIT).forEach(e -> events.put(e.id(), e));
        List<AuditEvent> ordered = new ArrayList<>(events.values());
        ordered.sort(java.util.Comparator.comparingLong(AuditEvent::id));
        return ordered;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

package org.yangguang.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.yangguang.calendar.WorkingDays;
import org.yangguang.casework.CaseDocument;
import org.yangguang.casework.CaseEvent;
import org.yangguang.casework.CaseEventDraft;
import org.yangguang.casework.CasePolicy;
import org.yangguang.casework.CaseRecord;
import org.yangguang.casework.CaseFiles;
import org.yangguang.casework.CaseLetters;
import org.yangguang.household.HouseholdService;
import org.yangguang.household.HouseholdStatus;

/**
 * {@code ${refusal.refuse(execution)}}: the case ends refused, with a written notice naming the
 * reasons (the refusing step's opinion, or the items the review found untrue) and the appeal
 * rights, to be delivered through the township within the policy's working days.
 */
@Component("refusal")
public class Refusal {

    private static final Set<String> REFUSING_DECISIONS = Set.of("fail", "veto", "reject");

    private final CaseFiles cases;
    private final HouseholdService households;
    private final CaseLetters letters;
    private final CasePolicy policy;
    private final WorkingDays workingDays;
    private final Clock clock;
    private final MessageSource messages;
    private final ObjectMapper json;

    Refusal(CaseFiles cases, HouseholdService households, CaseLetters letters, CasePolicy policy,
            WorkingDays workingDays, Clock clock, MessageSource messages, ObjectMapper json) {
        this.cases = cases;
        this.households = households;
        this.letters = letters;
        this.policy = policy;
        this.workingDays = workingDays;
        this.clock = clock;
        this.messages = messages;
        this.json = json;
    }

    public void refuse(DelegateExecution execution) {
        CaseRecord record = cases.require(NoticeSteps.caseId(execution));
        List<String> reasons = reasons(cases.timeline(record.caseId()));
        CaseDocument letter = letters.refusal(record.caseId(), reasons, CaseEventDraft.SYSTEM);
        households.changeStatus(record.householdId(), HouseholdStatus.REFUSED, CaseEventDraft.SYSTEM);
        cases.change(record.caseId(), c -> c.withDecision(null, c.perCapitaIncome(), null, clock.instant()),
                CaseEventDraft.SYSTEM);
        LocalDate deliverBy = workingDays.addWorkingDays(LocalDate.now(clock),
                policy.value(CasePolicy.REFUSAL_NOTICE_WORKING_DAYS));
        cases.record(record.caseId(), CaseEventDraft.system("REFUSED",
                "{\"documentId\":" + letter.documentId() + ",\"deliverBy\":\"" + deliverBy + "\"}"));
    }

    private List<String> reasons(List<CaseEvent> timeline) {
        List<String> reasons = new ArrayList<>();
        for (int i = timeline.size() - 1; i >= 0 && reasons.isEmpty(); i--) {
            CaseEvent event = timeline.get(i);
            if ("TASK_COMPLETED".equals(event.action()) && REFUSING_DECISIONS.contains(event.decision())) {
                if ("veto".equals(event.decision())) {
                    reasons.addAll(vetoReasons(event.detail()));
                }
                if (event.opinion() != null && !event.opinion().isBlank()) {
                    reasons.add(event.opinion());
                }
            }
        }
        if (reasons.isEmpty()) {
            reasons.add(text("refusal.defaultReason"));
        }
        return reasons;
    }

    private List<String> vetoReasons(String detail) {
        List<String> reasons = new ArrayList<>();
        try {
            for (JsonNode item : json.readTree(detail).path("items")) {
                if ("FALSE".equals(item.path("verdict").asText())) {
                    reasons.add(text("refusal.itemFalse", text("refusal.item." + item.path("item").asText()),
                            item.path("reason").asText()));
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("unreadable review detail", e);
        }
        return reasons;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}

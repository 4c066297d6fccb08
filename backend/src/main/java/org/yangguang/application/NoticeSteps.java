package org.yangguang.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.yangguang.allowance.Assessment;
import org.yangguang.casework.CaseEventDraft;
import org.yangguang.casework.CasePolicy;
import org.yangguang.casework.CaseRecord;
import org.yangguang.casework.CaseFiles;
import org.yangguang.household.Household;
import org.yangguang.household.HouseholdService;
import org.yangguang.household.Supporter;
import org.yangguang.notice.Notice;
import org.yangguang.notice.NoticeDraft;
import org.yangguang.notice.NoticeKind;
import org.yangguang.notice.NoticeService;
import org.yangguang.region.RegionService;

/**
 * The notices a model posts: {@code ${notices.postApplicationNotice(execution)}} (its period is
 * the duration of the model's timer {@code noticePeriod}, so the board and the timer agree),
 * {@code ${notices.withdrawApplicationNotice(execution)}}, and {@code ${notices.postList(execution,
 * 'REVIEW'|'AUDIT'|'APPROVAL')}} for the three result lists (the approval list stays up while
 * the household receives the allowance).
 */
@Component("notices")
public class NoticeSteps {

    static final String NOTICE_TIMER = "noticePeriod";

    private final NoticeService board;
    private final CaseFiles cases;
    private final HouseholdService households;
    private final RegionService regions;
    private final Assessments assessments;
    private final CasePolicy policy;
    private final MessageSource messages;

    NoticeSteps(NoticeService board, CaseFiles cases, HouseholdService households, RegionService regions,
            Assessments assessments, CasePolicy policy, MessageSource messages) {
        this.board = board;
        this.cases = cases;
        this.households = households;
        this.regions = regions;
        this.assessments = assessments;
        this.policy = policy;
        this.messages = messages;
    }

    public void postApplicationNotice(DelegateExecution execution) {
        long caseId = caseId(execution);
        board.withdraw(caseId, NoticeKind.APPLICATION, "renewed");
        CaseRecord record = cases.require(caseId);
        Household household = households.require(record.householdId());
        LocalDate from = board.today();
        Assessment assessment = assessments.assess(household, from);
        post(record, household, NoticeKind.APPLICATION, assessment.monthlyAmount(), assessment.perCapitaIncome(),
                from, from.plusDays(noticeDays(execution) - 1L));
    }

    public void withdrawApplicationNotice(DelegateExecution execution) {
        long caseId = caseId(execution);
        board.withdraw(caseId, NoticeKind.APPLICATION, "objection founded");
        cases.record(caseId, CaseEventDraft.system("NOTICE_WITHDRAWN", "{\"kind\":\"APPLICATION\"}"));
    }

    public void postList(DelegateExecution execution, String kind) {
        NoticeKind noticeKind = NoticeKind.valueOf(kind);
        CaseRecord record = cases.require(caseId(execution));
        Household household = households.require(record.householdId());
        LocalDate from = board.today();
        Assessment assessment = assessments.assess(household, from);
        BigDecimal amount = switch (noticeKind) {
            case AUDIT -> record.proposedAmount();
            case APPROVAL -> record.monthlyAmount();
            default -> assessment.monthlyAmount();
        };
        LocalDate to = noticeKind == NoticeKind.APPROVAL ? null
                : from.plusDays(policy.value(CasePolicy.LIST_NOTICE_DAYS) - 1L);
        post(record, household, noticeKind, amount == null ? assessment.monthlyAmount() : amount,
                assessment.perCapitaIncome(), from, to);
    }

    private void post(CaseRecord record, Household household, NoticeKind kind, BigDecimal amount,
            BigDecimal perCapita, LocalDate from, LocalDate to) {
        boolean consent = household.consentToPublishIncome();
        Notice notice = board.post(new NoticeDraft(record.caseId(), household.householdId(), kind,
                record.regionCode(), regions.require(record.regionCode()).name(), household.head().name(),
                household.size(), amount, consent ? perCapita : null, consent ? supportersSummary(household) : null,
                from, to));
        cases.record(record.caseId(), CaseEventDraft.system("NOTICE_POSTED",
                "{\"noticeId\":" + notice.noticeId() + ",\"kind\":\"" + kind + "\",\"from\":\"" + from + "\",\"to\":"
                        + (to == null ? "null" : "\"" + to + "\"") + "}"));
    }

    private String supportersSummary(Household household) {
        if (household.supporters().isEmpty()) {
            return null;
        }
        BigDecimal income = household.supporters().stream()
                .map(Supporter::householdMonthlyIncome)
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal support = household.supporters().stream()
                .map(Supporter::monthlySupport)
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return messages.getMessage("notice.supportersSummary",
                new Object[] {household.supporters().size(), income.setScale(2).toPlainString(),
                        support.setScale(2).toPlainString()},
                Locale.SIMPLIFIED_CHINESE);
    }

    /** Days of the model's notice timer when it is a literal ISO period (P7D), else the policy's. */
    private int noticeDays(DelegateExecution execution) {
        ModelElementInstance element = execution.getBpmnModelInstance().getModelElementById(NOTICE_TIMER);
        if (element instanceof IntermediateCatchEvent event) {
            for (var definition : event.getEventDefinitions()) {
                if (definition instanceof TimerEventDefinition timer && timer.getTimeDuration() != null) {
                    try {
                        return Period.parse(timer.getTimeDuration().getTextContent().trim()).getDays();
                    } catch (DateTimeParseException e) {
                        break;
                    }
                }
            }
        }
        return policy.value(CasePolicy.APPLICATION_NOTICE_DAYS);
    }

    static long caseId(DelegateExecution execution) {
        return ((Number) execution.getVariable("caseId")).longValue();
    }
}

package org.yangguang.proof;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.yangguang.casework.CaseEvent;
import org.yangguang.casework.CaseEventDraft;
import org.yangguang.casework.CaseFiles;
import org.yangguang.casework.CaseLetters;
import org.yangguang.casework.CasePolicy;
import org.yangguang.casework.CaseRecord;
import org.yangguang.casework.CaseStatus;
import org.yangguang.household.AllowanceHistory;
import org.yangguang.household.HouseholdService;
import org.yangguang.household.HouseholdStatus;
import org.yangguang.proof.internal.RecoveryMapper;
import org.yangguang.verification.Warning;
import org.yangguang.verification.WarningStatus;
import org.yangguang.verification.Warnings;

/**
 * What process {@code burden-of-proof} does besides its user tasks: {@code ${proof.notify(execution)}}
 * sends the request for evidence; {@code clear}, {@code sanction} and {@code expire} carry out the
 * outcome on the household, its warnings, its allowance and its letters ({@code sanction} also sets
 * the case's status, STOPPED or REDUCED, as only the decision knows which).
 */
@Component("proof")
public class ProofSteps {

    private final CaseFiles cases;
    private final HouseholdService households;
    private final AllowanceHistory history;
    private final Warnings warnings;
    private final CaseLetters letters;
    private final CasePolicy policy;
    private final RecoveryMapper recoveries;
    private final ProofDetails details;
    private final Clock clock;
    private final MessageSource messages;

    ProofSteps(CaseFiles cases, HouseholdService households, AllowanceHistory history, Warnings warnings,
            CaseLetters letters, CasePolicy policy, RecoveryMapper recoveries, ProofDetails details, Clock clock,
            MessageSource messages) {
        this.messages = messages;
        this.cases = cases;
        this.households = households;
        this.history = history;
        this.warnings = warnings;
        this.letters = letters;
        this.policy = policy;
        this.recoveries = recoveries;
        this.details = details;
        this.clock = clock;
    }

    public void notify(DelegateExecution execution) {
        CaseRecord record = caseOf(execution);
        List<String> findings = findings(record);
        LocalDate deadline = LocalDate.now(clock).plusDays(policy.value(CasePolicy.EVIDENCE_DAYS));
        letters.evidenceRequest(record.caseId(), findings, deadline, CaseEventDraft.SYSTEM);
    }

    public void clear(DelegateExecution execution) {
        CaseRecord record = caseOf(execution);
        settle(record, WarningStatus.CLEARED, lastDecision(record).opinion());
    }

    /** The township rejected the evidence: stop or reduce from next month, recovery computed, letter sent. */
    public void sanction(DelegateExecution execution) {
        CaseRecord record = caseOf(execution);
        CaseEvent decision = lastDecision(record);
        JsonNode detail = details.read(decision.detail());
        boolean stop = DecideEvidenceStep.STOP.equals(detail.path("action").asText());
        BigDecimal amount = stop ? BigDecimal.ZERO.setScale(2) : new BigDecimal(detail.path("newAmount").asText());
        String recovery = "";
        if (!detail.path("overpaidSince").isNull() && !detail.path("overpaidSince").asText().isBlank()) {
            recovery = recover(record, YearMonth.parse(detail.path("overpaidSince").asText()), amount);
        }
        List<String> reasons = new ArrayList<>(findings(record));
        if (decision.opinion() != null && !decision.opinion().isBlank()) {
            reasons.add(decision.opinion());
        }
        applyChange(record, stop, amount, reasons, recovery, stop ? "STOP" : "REDUCE");
        settle(record, WarningStatus.CONFIRMED, decision.opinion());
        cases.changeStatus(record.caseId(), stop ? CaseStatus.STOPPED : CaseStatus.REDUCED, CaseEventDraft.SYSTEM);
    }

    /** No evidence by the deadline: the allowance stops from next month, with a written notice. */
    public void expire(DelegateExecution execution) {
        CaseRecord record = caseOf(execution);
        List<String> reasons = new ArrayList<>(findings(record));
        reasons.add(0, text("proof.deadlinePassed"));
        applyChange(record, true, BigDecimal.ZERO.setScale(2), reasons, "", "EVIDENCE_DEADLINE_PASSED");
        settle(record, WarningStatus.CONFIRMED, "deadline passed without evidence");
    }

    private void applyChange(CaseRecord record, boolean stop, BigDecimal amount, List<String> reasons, String recovery,
            String reason) {
        YearMonth from = YearMonth.now(clock).plusMonths(1);
        long householdId = record.householdId();
        var household = households.require(householdId);
        households.setAllowance(householdId, amount, household.perCapitaIncome(), YearMonth.parse(
                household.paymentStartMonth() == null ? from.toString() : household.paymentStartMonth()),
                CaseEventDraft.SYSTEM);
        history.record(householdId, from, amount, reason, record.caseId());
        if (stop) {
            households.changeStatus(householdId, HouseholdStatus.STOPPED, CaseEventDraft.SYSTEM);
        }
        letters.decision(record.caseId(), stop, reasons, from.toString(), amount.toPlainString(), recovery,
                CaseEventDraft.SYSTEM);
        cases.record(record.caseId(), CaseEventDraft.system(stop ? "ALLOWANCE_STOPPED" : "ALLOWANCE_REDUCED",
                "{\"from\":\"" + from + "\",\"amount\":\"" + amount.toPlainString() + "\",\"reason\":\"" + reason + "\"}"));
    }

    private String recover(CaseRecord record, YearMonth since, BigDecimal entitled) {
        var lines = Recoveries.lines(history.of(record.householdId()), since, YearMonth.now(clock), entitled);
        BigDecimal total = Recoveries.total(lines);
        recoveries.insert(record.caseId(), record.householdId(), since.toString(), total, details.json(lines),
                clock.instant());
        cases.record(record.caseId(), CaseEventDraft.system("RECOVERY_COMPUTED",
                details.json(java.util.Map.of("since", since.toString(), "total", total.toPlainString(), "lines", lines))));
        return total.signum() == 0 ? "" : text("proof.recoverySentence", since.toString(), total.toPlainString());
    }

    private void settle(CaseRecord record, WarningStatus status, String resolution) {
        for (Warning warning : warnings.openOf(record.householdId())) {
            warnings.resolve(warning.warningId(), status, CaseEventDraft.SYSTEM,
                    resolution == null ? status.name() : resolution);
        }
    }

    private List<String> findings(CaseRecord record) {
        List<String> findings = warnings.openOf(record.householdId()).stream().map(Warning::detail).toList();
        return findings.isEmpty() ? List.of(text("proof.defaultFinding")) : findings;
    }

    private CaseEvent lastDecision(CaseRecord record) {
        List<CaseEvent> timeline = cases.timeline(record.caseId());
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if ("decideEvidence".equals(timeline.get(i).taskKey())) {
                return timeline.get(i);
            }
        }
        throw new IllegalStateException("case " + record.caseId() + " has no evidence decision");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    private CaseRecord caseOf(DelegateExecution execution) {
        return cases.require(((Number) execution.getVariable("caseId")).longValue());
    }
}

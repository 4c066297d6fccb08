package org.yangguang.recheck;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.yangguang.casework.CaseEventDraft;
import org.yangguang.casework.CaseFiles;
import org.yangguang.casework.CaseLetters;
import org.yangguang.casework.CasePolicy;
import org.yangguang.casework.CaseRecord;
import org.yangguang.casework.CaseStatus;
import org.yangguang.household.AllowanceHistory;
import org.yangguang.household.Household;
import org.yangguang.household.HouseholdService;
import org.yangguang.household.HouseholdStatus;
import org.yangguang.household.RecheckSchedules;
import org.yangguang.notice.NoticeKind;
import org.yangguang.process.ProcessVariables;
import org.yangguang.recheck.RecheckEvents.RecheckDecided;
import org.yangguang.recheck.internal.RecheckMapper;

/**
 * What process {@code recheck} does besides its user tasks ({@code ${recheck.…}}): posts and withdraws
 * the change or exit notice, applies the decided outcome from next month, and ends a gradual exit
 * when its grace period is over.
 */
@Component("recheck")
public class RecheckSteps {

    static final String GRADUAL_EXIT = "gradualExit";
    static final String GRADUAL_EXIT_END = "gradualExitEnd";
    static final String GRADUAL_EXIT_UNTIL = "gradualExitUntil";
    static final String GRADUAL_EXIT_MONTHS = "gradualExitMonths";
    private static final int MIN_GRACE = 1;
    private static final int MAX_GRACE = 12;

    private final CaseFiles cases;
    private final HouseholdService households;
    private final RecheckSchedules schedules;
    private final RecheckClasses classes;
    private final AllowanceHistory history;
    private final CaseLetters letters;
    private final CasePolicy policy;
    private final RecheckMapper rechecks;
    private final ChangeNotices notices;
    private final Clock clock;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    RecheckSteps(CaseFiles cases, HouseholdService households, RecheckSchedules schedules, RecheckClasses classes,
            AllowanceHistory history, CaseLetters letters, CasePolicy policy, RecheckMapper rechecks,
            ChangeNotices notices, Clock clock, MessageSource messages, ApplicationEventPublisher events) {
        this.cases = cases;
        this.households = households;
        this.schedules = schedules;
        this.classes = classes;
        this.history = history;
        this.letters = letters;
        this.policy = policy;
        this.rechecks = rechecks;
        this.notices = notices;
        this.clock = clock;
        this.messages = messages;
        this.events = events;
    }

    public void post(DelegateExecution execution) {
        Recheck recheck = recheckOf(execution);
        notices.post(recheck, kindOf(recheck));
    }

    public void withdraw(DelegateExecution execution) {
        Recheck recheck = recheckOf(execution);
        notices.withdraw(recheck, kindOf(recheck));
    }

    /** The decided outcome takes effect from next month; a gradual exit sets the day its grace ends. */
    public void apply(DelegateExecution execution) {
        Recheck recheck = recheckOf(execution);
        YearMonth from = YearMonth.now(clock).plusMonths(1);
        long householdId = recheck.householdId();
        CaseStatus status = switch (recheck.outcome()) {
            case CONTINUE -> {
                resume(householdId);
                yield CaseStatus.CONTINUED;
            }
            case INCREASE, REDUCE -> {
                change(recheck, from, recheck.newAmount(), "RECHECK_" + recheck.outcome());
                resume(householdId);
                if (recheck.outcome() == RecheckOutcome.REDUCE) {
                    letters.decision(recheck.caseId(), false, reasons(recheck), from.toString(),
                            recheck.newAmount().toPlainString(), "", CaseEventDraft.SYSTEM);
                }
                yield recheck.outcome() == RecheckOutcome.INCREASE ? CaseStatus.INCREASED : CaseStatus.REDUCED;
            }
            case STOP -> {
                stop(recheck, from, reasons(recheck), "EXIT_" + recheck.exitReason());
                yield CaseStatus.STOPPED;
            }
            case GRADUAL_EXIT -> {
                startGrace(execution, recheck, from);
                yield CaseStatus.GRADUAL_EXIT;
            }
        };
        if (status != CaseStatus.STOPPED) {
            classes.restart(householdId, CaseEventDraft.SYSTEM);
        }
        rechecks.markDecided(recheck.caseId(), clock.instant());
        cases.changeStatus(recheck.caseId(), status, CaseEventDraft.SYSTEM);
        events.publishEvent(new RecheckDecided(rechecks.find(recheck.caseId()), CaseEventDraft.SYSTEM));
    }

    /** The grace period is over: the allowance stops after its last month, with a written notice. */
    public void endGradualExit(DelegateExecution execution) {
        Recheck recheck = recheckOf(execution);
        String until = (String) execution.getVariable(GRADUAL_EXIT_UNTIL);
        Household household = households.require(recheck.householdId());
        if (household.status() != HouseholdStatus.GRADUAL_EXIT || !until.equals(household.schedule().gradualExitUntil())) {
            cases.record(recheck.caseId(), CaseEventDraft.system("GRADUAL_EXIT_SUPERSEDED",
                    "{\"until\":\"" + until + "\",\"status\":\"" + household.status() + "\"}"));
            return;
        }
        List<String> reasons = new ArrayList<>(reasons(recheck));
        reasons.add(text("recheck.graceOver", until));
        stop(recheck, YearMonth.parse(until).plusMonths(1), reasons, "GRADUAL_EXIT_END");
        cases.changeStatus(recheck.caseId(), CaseStatus.STOPPED, CaseEventDraft.SYSTEM);
    }

    private void startGrace(DelegateExecution execution, Recheck recheck, YearMonth from) {
        int months = policy.value(GRADUAL_EXIT_MONTHS);
        if (months < MIN_GRACE || months > MAX_GRACE) {
            throw new IllegalStateException("case policy gradualExitMonths must be 1-12, is " + months);
        }
        YearMonth until = from.plusMonths(months - 1L);
        households.changeStatus(recheck.householdId(), HouseholdStatus.GRADUAL_EXIT, CaseEventDraft.SYSTEM);
        schedules.setGradualExitUntil(recheck.householdId(), until.toString(), CaseEventDraft.SYSTEM);
        LocalDate lastMonthStarts = until.atDay(1);
        execution.setVariable(GRADUAL_EXIT_UNTIL, until.toString());
        execution.setVariable(GRADUAL_EXIT_END, Date.from(lastMonthStarts.atStartOfDay(clock.getZone()).toInstant()));
        cases.record(recheck.caseId(), CaseEventDraft.system("GRADUAL_EXIT_STARTED",
                "{\"from\":\"" + from + "\",\"until\":\"" + until + "\",\"months\":" + months + "}"));
    }

    private void stop(Recheck recheck, YearMonth from, List<String> reasons, String reason) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        change(recheck, from, zero, reason);
        long householdId = recheck.householdId();
        households.changeStatus(householdId, HouseholdStatus.STOPPED, CaseEventDraft.SYSTEM);
        schedules.setGradualExitUntil(householdId, null, CaseEventDraft.SYSTEM);
        var schedule = households.require(householdId).schedule();
        schedules.set(householdId, schedule.recheckClass(), schedule.base(), null, CaseEventDraft.SYSTEM);
        letters.decision(recheck.caseId(), true, reasons, from.toString(), zero.toPlainString(), "", CaseEventDraft.SYSTEM);
    }

    private void change(Recheck recheck, YearMonth from, BigDecimal amount, String reason) {
        Household household = households.require(recheck.householdId());
        households.setAllowance(household.householdId(), amount, household.perCapitaIncome(),
                household.paymentStartMonth() == null ? from : YearMonth.parse(household.paymentStartMonth()),
                CaseEventDraft.SYSTEM);
        history.record(household.householdId(), from, amount, reason, recheck.caseId());
        cases.record(recheck.caseId(), CaseEventDraft.system("ALLOWANCE_CHANGED",
                "{\"from\":\"" + from + "\",\"amount\":\"" + amount.toPlainString() + "\",\"reason\":\"" + reason + "\"}"));
    }

    /** A household in gradual exit that a re-check keeps receiving is back to ACTIVE. */
    private void resume(long householdId) {
        if (households.require(householdId).status() == HouseholdStatus.GRADUAL_EXIT) {
            households.changeStatus(householdId, HouseholdStatus.ACTIVE, CaseEventDraft.SYSTEM);
            schedules.setGradualExitUntil(householdId, null, CaseEventDraft.SYSTEM);
        }
    }

    private List<String> reasons(Recheck recheck) {
        List<String> reasons = new ArrayList<>();
        if (recheck.exitReason() != null) {
            reasons.add(text("recheck.exitReason." + recheck.exitReason()));
        }
        CaseRecord record = cases.require(recheck.caseId());
        cases.timeline(record.caseId()).stream()
                .filter(e -> "recheckDecision".equals(e.taskKey()) && e.opinion() != null && !e.opinion().isBlank())
                .reduce((first, second) -> second)
                .ifPresent(e -> reasons.add(e.opinion()));
        if (reasons.isEmpty()) {
            reasons.add(text("recheck.defaultReason"));
        }
        return reasons;
    }

    private static NoticeKind kindOf(Recheck recheck) {
        return recheck.outcome() == RecheckOutcome.STOP || recheck.outcome() == RecheckOutcome.GRADUAL_EXIT
                ? NoticeKind.EXIT : NoticeKind.CHANGE;
    }

    private Recheck recheckOf(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable(ProcessVariables.CASE_ID)).longValue();
        Recheck recheck = rechecks.find(caseId);
        if (recheck == null) {
            throw new IllegalStateException("case " + caseId + " is not a re-check");
        }
        return recheck;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}

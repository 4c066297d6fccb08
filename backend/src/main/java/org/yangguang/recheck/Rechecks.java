package org.yangguang.recheck;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.casework.CaseEventDraft;
import org.yangguang.casework.CaseFiles;
import org.yangguang.casework.CaseKind;
import org.yangguang.casework.CaseRecord;
import org.yangguang.common.NotFoundException;
import org.yangguang.common.Violations;
import org.yangguang.household.Household;
import org.yangguang.household.HouseholdService;
import org.yangguang.household.HouseholdStatus;
import org.yangguang.process.ProcessVariables;
import org.yangguang.recheck.RecheckEvents.RecheckStarted;
import org.yangguang.recheck.internal.RecheckMapper;

/**
 * Starts process {@code recheck} for a receiving household. A household has at most one running
 * re-check: asking again answers the running one. Starting moves the household's next due date one
 * interval on, so the due scan does not pick it up again while it runs.
 */
@Service
public class Rechecks {

    public static final String PROCESS_KEY = "recheck";

    private final CaseFiles cases;
    private final HouseholdService households;
    private final RecheckClasses classes;
    private final RecheckMapper rechecks;
    private final RuntimeService runtime;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Rechecks(CaseFiles cases, HouseholdService households, RecheckClasses classes, RecheckMapper rechecks,
            RuntimeService runtime, Clock clock, ApplicationEventPublisher events) {
        this.cases = cases;
        this.households = households;
        this.classes = classes;
        this.rechecks = rechecks;
        this.runtime = runtime;
        this.clock = clock;
        this.events = events;
    }

    /** A re-check and whether this call started it. */
    public record Started(CaseRecord record, boolean created) {}

    /**
     * The household's running re-check, or a new one. {@code dueDate} bounds the whole re-check
     * (a death: within the policy's months), null for the task deadlines alone.
     */
    @Transactional
    public Started start(long householdId, RecheckTrigger trigger, String note, Long campaignId, LocalDate dueDate,
            String actor) {
        Optional<CaseRecord> running = running(householdId);
        if (running.isPresent()) {
            return new Started(running.get(), false);
        }
        Household household = households.require(householdId);
        Violations.rejectIf(household.status() != HouseholdStatus.ACTIVE && household.status() != HouseholdStatus.GRADUAL_EXIT,
                "householdId", "recheck.household.notReceiving");
        CaseRecord opened = cases.open(CaseKind.RECHECK, householdId, household.regionCode(), household.relativeOfOfficer(),
                actor);
        if (dueDate != null) {
            cases.change(opened.caseId(), c -> c.withAcceptance(clock.instant(),
                    dueDate.atStartOfDay(clock.getZone()).toInstant()), actor);
        }
        Recheck recheck = new Recheck(opened.caseId(), householdId, trigger, note, campaignId, null, null, null, dueDate,
                clock.instant(), null);
        rechecks.insert(recheck);
        cases.record(opened.caseId(), new CaseEventDraft(actor, null, "RECHECK_STARTED", null, null,
                note, "{\"trigger\":\"" + trigger + "\"}"));
        classes.restart(householdId, actor);
        String instance = runtime.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(opened.caseId()),
                variables(opened)).getId();
        CaseRecord started = cases.change(opened.caseId(), c -> c.withProcessInstance(instance), actor);
        events.publishEvent(new RecheckStarted(recheck, actor));
        return new Started(started, true);
    }

    public Recheck require(long caseId) {
        Recheck recheck = rechecks.find(caseId);
        if (recheck == null) {
            throw new NotFoundException("error.notFound");
        }
        return recheck;
    }

    public Optional<CaseRecord> running(long householdId) {
        List<CaseRecord> running = cases.ofHousehold(householdId).stream()
                .filter(c -> c.kind() == CaseKind.RECHECK && !c.status().isClosed())
                .toList();
        return running.stream().findFirst();
    }

    private static Map<String, Object> variables(CaseRecord opened) {
        Map<String, Object> variables = ProcessVariables.ofCase(opened.caseId(), opened.regionCode());
        variables.put(RecheckSteps.GRADUAL_EXIT, false);
        return variables;
    }
}

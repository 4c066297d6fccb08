package org.yangguang.verification;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.casework.CaseEventDraft;
import org.yangguang.casework.CaseEvents.CaseOpened;
import org.yangguang.casework.CaseFiles;
import org.yangguang.casework.CaseRecord;
import org.yangguang.process.ProcessVariables;
import org.yangguang.region.RegionScope;
import org.yangguang.verification.VerificationEvents.RelativeRegistered;
import org.yangguang.verification.internal.RegistryMapper;

/**
 * The close-relatives registry (近亲属备案): applications that declare a relative of an official or
 * cadre, or that the roster of officials matches, are registered separately; their running case
 * becomes a close-relative case, which the county must visit before approval.
 */
@Service
public class RelativesRegistry {

    public static final String DECLARED = "DECLARED";
    public static final String MATCHED = "MATCHED";

    private final RegistryMapper registry;
    private final CaseFiles cases;
    private final RuntimeService runtime;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RelativesRegistry(RegistryMapper registry, CaseFiles cases, RuntimeService runtime, Clock clock,
            ApplicationEventPublisher events) {
        this.registry = registry;
        this.cases = cases;
        this.runtime = runtime;
        this.clock = clock;
        this.events = events;
    }

    @EventListener
    void onCaseOpened(CaseOpened opened) {
        CaseRecord record = opened.caseRecord();
        if (record.closeRelative()) {
            register(new RelativeRegistration(record.householdId(), record.caseId(), null, null, null, null, null,
                    DECLARED, null));
        }
    }

    /** Registers the match and makes the household's running case a close-relative case. */
    @Transactional
    public void registerMatch(long householdId, String memberId, String officialId, String officialName,
            String position, String relation) {
        CaseRecord running = runningCase(householdId);
        register(new RelativeRegistration(householdId, running == null ? null : running.caseId(), memberId, officialId,
                officialName, position, relation, MATCHED, null));
        if (running != null && !running.closeRelative()) {
            cases.change(running.caseId(), CaseRecord::asCloseRelative, CaseEventDraft.SYSTEM);
            runtime.setVariable(running.processInstanceId(), ProcessVariables.CLOSE_RELATIVE, true);
        }
    }

    public List<RelativeRegistration> in(RegionScope scope) {
        return registry.findAll(scope.likePattern());
    }

    public List<RelativeRegistration> ofHousehold(long householdId) {
        return registry.findByHousehold(householdId);
    }

    private void register(RelativeRegistration registration) {
        if (registry.insertIfNew(registration, clock.instant()) == 1) {
            events.publishEvent(new RelativeRegistered(registration.householdId(), registration.caseId(),
                    registration.memberIdNumber(), registration.officialName(), registration.origin()));
        }
    }

    private CaseRecord runningCase(long householdId) {
        return cases.ofHousehold(householdId).stream()
                .filter(c -> !c.status().isClosed() && c.processInstanceId() != null)
                .filter(c -> runtime.createProcessInstanceQuery().processInstanceId(c.processInstanceId()).count() > 0)
                .findFirst()
                .orElse(null);
    }
}

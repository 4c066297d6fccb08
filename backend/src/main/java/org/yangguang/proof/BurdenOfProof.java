package org.yangguang.proof;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.casework.CaseEventDraft;
import org.yangguang.casework.CaseFiles;
import org.yangguang.casework.CaseKind;
import org.yangguang.casework.CasePolicy;
import org.yangguang.casework.CaseRecord;
import org.yangguang.household.Household;
import org.yangguang.household.HouseholdService;
import org.yangguang.household.HouseholdStatus;
import org.yangguang.process.ProcessVariables;
import org.yangguang.verification.VerificationEvents.WarningsRaised;
import org.yangguang.verification.WarningCode;

/**
 * Starts process {@code burden-of-proof} for a receiving household: on new warnings (a running
 * one takes the new warnings in), or for a founded named complaint.
 */
@Service
public class BurdenOfProof {

    public static final String PROCESS_KEY = "burden-of-proof";
    static final String DURATION = "evidenceDuration";

    private final CaseFiles cases;
    private final HouseholdService households;
    private final CasePolicy policy;
    private final RuntimeService runtime;

    BurdenOfProof(CaseFiles cases, HouseholdService households, CasePolicy policy, RuntimeService runtime) {
        this.cases = cases;
        this.households = households;
        this.policy = policy;
        this.runtime = runtime;
    }

    /** Deaths are re-checked (process {@code recheck}), not answered with evidence: they alone start nothing here. */
    @EventListener
    void onWarnings(WarningsRaised raised) {
        Household household = households.require(raised.householdId());
        boolean needsEvidence = raised.warnings().stream().anyMatch(w -> w.code() != WarningCode.DEATH);
        if (needsEvidence
                && (household.status() == HouseholdStatus.ACTIVE || household.status() == HouseholdStatus.GRADUAL_EXIT)) {
            start(raised.householdId(), "WARNINGS", CaseEventDraft.SYSTEM);
        }
    }

    /** The running burden-of-proof case of the household, or a new one; answers the case. */
    @Transactional
    public CaseRecord start(long householdId, String reason, String actor) {
        List<CaseRecord> running = cases.ofHousehold(householdId).stream()
                .filter(c -> c.kind() == CaseKind.BURDEN_OF_PROOF && !c.status().isClosed())
                .toList();
        if (!running.isEmpty()) {
            return running.get(0);
        }
        Household household = households.require(householdId);
        CaseRecord opened = cases.open(CaseKind.BURDEN_OF_PROOF, householdId, household.regionCode(), false, actor);
        cases.record(opened.caseId(), new CaseEventDraft(actor, null, "PROOF_STARTED", null, reason, null, null));
        Map<String, Object> variables = ProcessVariables.ofCase(opened.caseId(), opened.regionCode());
        variables.put(DURATION, "P" + policy.value(CasePolicy.EVIDENCE_DAYS) + "D");
        String instance = runtime.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(opened.caseId()), variables)
                .getId();
        return cases.change(opened.caseId(), c -> c.withProcessInstance(instance), actor);
    }
}

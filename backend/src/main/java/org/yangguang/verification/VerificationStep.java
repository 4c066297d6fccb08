package org.yangguang.verification;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.yangguang.casework.CaseEventDraft;
import org.yangguang.casework.CaseFiles;
import org.yangguang.casework.CaseRecord;

/**
 * {@code ${verification.verify(execution)}}: matches the applying household against the department
 * data already imported and records how many warnings that raised. Later imports match it again
 * (see {@link MatchingRuns}) for as long as the application is open.
 */
@Component("verification")
public class VerificationStep {

    private final CaseFiles cases;
    private final Matching matching;

    VerificationStep(CaseFiles cases, Matching matching) {
        this.cases = cases;
        this.matching = matching;
    }

    public void verify(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable("caseId")).longValue();
        CaseRecord record = cases.require(caseId);
        List<Warning> raised = matching.match(record.householdId());
        cases.record(caseId, CaseEventDraft.system("VERIFICATION_DONE", "{\"warningsRaised\":" + raised.size() + "}"));
    }
}

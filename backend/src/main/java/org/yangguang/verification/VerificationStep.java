package org.yangguang.verification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.yangguang.casework.CaseEventDraft;
import org.yangguang.casework.CaseFiles;

/**
 * {@code ${verification.verify(execution)}}: records that the case's household was submitted to
 * economic verification. Matching against imported department data and raising the eight
 * warnings is the work of issue 5; until then no department data exists to match.
 */
@Component("verification")
public class VerificationStep {

    private final CaseFiles cases;

    VerificationStep(CaseFiles cases) {
        this.cases = cases;
    }

    public void verify(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable("caseId")).longValue();
        cases.record(caseId, CaseEventDraft.system("VERIFICATION_REQUESTED", null));
    }
}

package org.yangguang.application.steps;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.yangguang.allowance.Assessment;
import org.yangguang.application.Assessments;
import org.yangguang.casework.CaseFiles;
import org.yangguang.common.Violations;
import org.yangguang.household.HouseholdService;

/** The assessment of a case's household today, and the refusal (422) to approve an ineligible one. */
@Component
class Eligibility {

    private final Assessments assessments;
    private final CaseFiles cases;
    private final HouseholdService households;
    private final Clock clock;

    Eligibility(Assessments assessments, CaseFiles cases, HouseholdService households, Clock clock) {
        this.assessments = assessments;
        this.cases = cases;
        this.households = households;
        this.clock = clock;
    }

    Assessment requireEligible(long caseId) {
        Assessment assessment = assessments.assess(
                households.require(cases.require(caseId).householdId()), LocalDate.now(clock));
        if (!assessment.eligible()) {
            Violations violations = new Violations();
            assessment.reasons().forEach(r -> violations.add("decision", "allowance.ineligible", r.message()));
            violations.throwIfAny(HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return assessment;
    }
}

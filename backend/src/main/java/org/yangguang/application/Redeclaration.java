package org.yangguang.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import org.yangguang.casework.CaseFiles;
import org.yangguang.casework.CaseRecord;
import org.yangguang.common.Violations;
import org.yangguang.household.HouseholdForm;
import org.yangguang.household.HouseholdService;
import org.yangguang.process.StepInput;

/**
 * The whole household declared again for a case (supplement of an application, declaration of a
 * re-check): checked as on application, in the same village, with members in no other open household.
 */
@Component
public class Redeclaration {

    public static final String FIELD = "household";

    private final ApplicationService applications;
    private final HouseholdService households;
    private final CaseFiles cases;
    private final ObjectMapper json;

    Redeclaration(ApplicationService applications, HouseholdService households, CaseFiles cases, ObjectMapper json) {
        this.applications = applications;
        this.households = households;
        this.cases = cases;
        this.json = json;
    }

    public void check(StepInput input, Violations violations) {
        JsonNode household = input.field(FIELD);
        violations.addIf(household == null || !household.isObject(), FIELD, "application.household.required");
    }

    /** Replaces the case's household declaration; answers the new number of members. */
    public int replace(long caseId, StepInput input, String actor) {
        HouseholdForm form = read(input.field(FIELD));
        applications.checkedRegion(form, FIELD);
        CaseRecord record = cases.require(caseId);
        Violations.rejectIf(!record.regionCode().equals(form.regionCode()), FIELD + ".regionCode",
                "application.region.mustStay");
        applications.requireMembersFree(form, record.householdId(), FIELD);
        households.replaceDeclaration(record.householdId(), form, actor);
        return form.members().size();
    }

    private HouseholdForm read(JsonNode node) {
        try {
            return json.treeToValue(node, HouseholdForm.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            Violations.reject(FIELD, "error.badValue");
            return null;
        }
    }
}

package org.yangguang.application.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.yangguang.application.ApplicationService;
import org.yangguang.casework.CaseRecord;
import org.yangguang.casework.CaseFiles;
import org.yangguang.common.Violations;
import org.yangguang.household.HouseholdForm;
import org.yangguang.household.HouseholdService;
import org.yangguang.process.StepContext;
import org.yangguang.process.StepHandler;
import org.yangguang.process.StepInput;

/** 补正材料: the village resubmits the whole household, checked as on application. */
@Component
class SupplementStep implements StepHandler {

    private static final String FIELD = "household";

    private final ApplicationService applications;
    private final HouseholdService households;
    private final CaseFiles cases;
    private final ObjectMapper json;
    private final StepDetails details;

    SupplementStep(ApplicationService applications, HouseholdService households, CaseFiles cases,
            ObjectMapper json, StepDetails details) {
        this.applications = applications;
        this.households = households;
        this.cases = cases;
        this.json = json;
        this.details = details;
    }

    @Override
    public String taskKey() {
        return "supplement";
    }

    @Override
    public Set<String> decisions() {
        return Set.of("resubmit");
    }

    @Override
    public void check(StepInput input, Violations violations) {
        JsonNode household = input.field(FIELD);
        violations.addIf(household == null || !household.isObject(), FIELD, "application.household.required");
    }

    @Override
    public StepOutcome apply(StepContext context, String decision) {
        HouseholdForm form = read(context.input().field(FIELD));
        applications.checkedRegion(form, FIELD);
        CaseRecord record = cases.require(context.caseId());
        Violations.rejectIf(!record.regionCode().equals(form.regionCode()), FIELD + ".regionCode",
                "application.region.mustStay");
        applications.requireMembersFree(form, record.householdId(), FIELD);
        households.replaceDeclaration(record.householdId(), form, context.actor());
        return StepOutcome.of(details.of(Map.of("members", form.members().size())));
    }

    private HouseholdForm read(JsonNode node) {
        try {
            return json.treeToValue(node, HouseholdForm.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            Violations.reject(FIELD, "error.badValue");
            return null;
        }
    }
}

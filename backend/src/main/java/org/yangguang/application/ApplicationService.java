package org.yangguang.application;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.casework.CaseEventDraft;
import org.yangguang.casework.CaseKind;
import org.yangguang.casework.CaseRecord;
import org.yangguang.casework.CaseFiles;
import org.yangguang.common.Violations;
import org.yangguang.household.Household;
import org.yangguang.household.HouseholdForm;
import org.yangguang.household.HouseholdRules;
import org.yangguang.household.HouseholdService;
import org.yangguang.household.IdNumbers;
import org.yangguang.household.MemberForm;
import org.yangguang.identity.CurrentOfficer;
import org.yangguang.identity.OfficerView;
import org.yangguang.process.ProcessVariables;
import org.yangguang.region.Region;
import org.yangguang.region.RegionCodes;
import org.yangguang.region.RegionService;

/** Takes an application: validates the household, stores it, opens the case and starts process dibao-application. */
@Service
public class ApplicationService {

    public static final String PROCESS_KEY = "dibao-application";

    private final HouseholdRules rules;
    private final HouseholdService households;
    private final CaseFiles cases;
    private final RegionService regions;
    private final CurrentOfficer current;
    private final RuntimeService runtime;

    ApplicationService(HouseholdRules rules, HouseholdService households, CaseFiles cases, RegionService regions,
            CurrentOfficer current, RuntimeService runtime) {
        this.rules = rules;
        this.households = households;
        this.cases = cases;
        this.regions = regions;
        this.current = current;
        this.runtime = runtime;
    }

    @Transactional
    public CaseRecord apply(HouseholdForm form) {
        OfficerView officer = current.get();
        Region region = checkedRegion(form, "");
        current.jurisdictionOf(officer).requireWritable(region.code());
        requireMembersFree(form, null, "");

        Household household = households.register(form, officer.username());
        CaseRecord opened = cases.open(CaseKind.APPLICATION, household.householdId(), region.code(),
                household.relativeOfOfficer(), officer.username());
        cases.record(opened.caseId(), new CaseEventDraft(officer.username(), officer.role().name(), "APPLIED",
                null, null, null, null));
        ProcessInstance instance = start(opened);
        return cases.change(opened.caseId(), c -> c.withProcessInstance(instance.getId()), officer.username());
    }

    /**
     * Validates a household form (the application's, or a replacement under {@code prefix}) and
     * answers its village-level region; every broken field at once, nothing stored.
     */
    public Region checkedRegion(HouseholdForm form, String prefix) {
        Violations found = new Violations();
        if (form == null) {
            Violations.reject(prefix.isEmpty() ? "household" : prefix, "application.household.required");
        }
        rules.check(form, found);
        Violations violations = prefix.isEmpty() ? found : new Violations().addNested(prefix, found);
        Region region = form.regionCode() == null ? null : regions.find(form.regionCode()).orElse(null);
        String regionField = prefix.isEmpty() ? "regionCode" : prefix + ".regionCode";
        if (form.regionCode() != null && RegionCodes.isWellFormed(form.regionCode())) {
            violations.addIf(region == null, regionField, "application.region.unknown");
            violations.addIf(region != null && !region.kind().isVillageLevel(), regionField, "application.region.notVillage");
        }
        violations.throwIfAny();
        return region;
    }

    /** A person is in one open household at a time: never two applications, never paid twice. */
    public void requireMembersFree(HouseholdForm form, Long exceptHouseholdId, String prefix) {
        List<String> ids = form.members().stream().map(m -> IdNumbers.normalise(m.idNumber())).toList();
        List<String> taken = households.membersOfOtherOpenHouseholds(ids, exceptHouseholdId);
        Violations violations = new Violations();
        for (int i = 0; i < form.members().size(); i++) {
            MemberForm member = form.members().get(i);
            violations.addIf(taken.contains(IdNumbers.normalise(member.idNumber())),
                    (prefix.isEmpty() ? "" : prefix + ".") + "members[" + i + "].idNumber",
                    "application.member.elsewhere");
        }
        violations.throwIfAny(HttpStatus.CONFLICT);
    }

    /**
     * Starts the process without a Camunda authentication: the officer's rights were checked by
     * the jurisdiction guard, Camunda's authorizations guard its own webapps and REST API, and the
     * case's timeline records who applied.
     */
    private ProcessInstance start(CaseRecord opened) {
        Map<String, Object> variables = ProcessVariables.ofCase(opened.caseId(), opened.regionCode());
        variables.put(ProcessVariables.CLOSE_RELATIVE, opened.closeRelative());
        variables.put(ProcessVariables.HAD_COMPLAINT, false);
        return runtime.startProcessInstanceByKey(PROCESS_KEY, String.valueOf(opened.caseId()), variables);
    }
}

package org.yangguang.verification;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.allowance.AllowancePolicies;
import org.yangguang.allowance.Area;
import org.yangguang.allowance.Standard;
import org.yangguang.household.Household;
import org.yangguang.household.HouseholdService;
import org.yangguang.household.Member;
import org.yangguang.household.Supporter;
import org.yangguang.region.RegionCodes;
import org.yangguang.region.RegionService;
import org.yangguang.verification.data.DataSource;
import org.yangguang.verification.data.DepartmentData;
import org.yangguang.verification.data.DepartmentRecord;
import org.yangguang.verification.data.ImportedPeopleMatcher;
import org.yangguang.verification.internal.VerificationMapper;

/**
 * Matches households against the department data: for one household, for the households of the
 * people in an import, and (through {@link MatchingRuns}) for all open households. Each
 * household's rules are those of its county in force today; a warning is raised once.
 */
@Service
public class Matching implements ImportedPeopleMatcher {

    private final HouseholdService households;
    private final DepartmentData departmentData;
    private final VerificationMapper rules;
    private final AllowancePolicies policies;
    private final RegionService regions;
    private final Warnings warnings;
    private final RelativesRegistry registry;
    private final WarningTexts texts;
    private final Clock clock;

    Matching(HouseholdService households, DepartmentData departmentData, VerificationMapper rules,
            AllowancePolicies policies, RegionService regions, Warnings warnings, RelativesRegistry registry,
            WarningTexts texts, Clock clock) {
        this.households = households;
        this.departmentData = departmentData;
        this.rules = rules;
        this.policies = policies;
        this.regions = regions;
        this.warnings = warnings;
        this.registry = registry;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int matchAfterImport(DataSource source, Set<String> idNumbers) {
        int raised = 0;
        for (long householdId : households.openHouseholdsWithPeople(idNumbers)) {
            raised += match(householdId).size();
        }
        return raised;
    }

    /** The new warnings of one household. */
    @Transactional
    public List<Warning> match(long householdId) {
        Household household = households.require(householdId);
        List<String> people = Stream.concat(household.members().stream().map(Member::idNumber),
                        household.supporters().stream().map(Supporter::idNumber))
                .toList();
        List<DepartmentRecord> records = departmentData.forPeople(people);
        List<DepartmentRecord> officials = departmentData.officialsWithRelatives(
                household.members().stream().map(Member::idNumber).toList());
        LocalDate today = LocalDate.now(clock);
        String county = RegionCodes.countyOf(household.regionCode());
        Map<WarningCode, VerificationRule> countyRules = rules.findRulesValidOn(county, today).stream()
                .collect(Collectors.toMap(VerificationRule::code, Function.identity(), (a, b) -> b));
        List<WarningDraft> drafts = new WarningRules(countyRules, standardOf(household, county, today), today, texts)
                .evaluate(household, records, officials);
        registerRelatives(household, officials);
        return warnings.raise(householdId, new ArrayList<>(drafts));
    }

    private void registerRelatives(Household household, List<DepartmentRecord> officials) {
        Set<String> members = household.members().stream().map(Member::idNumber).collect(Collectors.toSet());
        for (DepartmentRecord official : officials) {
            if (members.contains(official.relatedIdNumber())) {
                registry.registerMatch(household.householdId(), official.relatedIdNumber(), official.idNumber(),
                        official.text("姓名"), official.text("职务"), official.text("亲属关系"));
            }
        }
    }

    private BigDecimal standardOf(Household household, String county, LocalDate today) {
        Area area = Area.of(regions.require(household.regionCode()).kind());
        Standard standard = policies.validOn(county, area, today).standard();
        return standard == null ? null : standard.monthlyAmount();
    }
}

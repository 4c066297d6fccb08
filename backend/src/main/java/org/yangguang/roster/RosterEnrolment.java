package org.yangguang.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yangguang.household.AllowanceHistory;
import org.yangguang.household.Household;
import org.yangguang.household.HouseholdForm;
import org.yangguang.household.HouseholdService;
import org.yangguang.household.HouseholdStatus;
import org.yangguang.household.MemberForm;
import org.yangguang.region.RegionService;

/**
 * Enrols checked roster households without the application flow: stored, given the roster's amount
 * from its first month (the allowance history), and made ACTIVE, which gives them their re-check class
 * and first due date. Members of working age without disability or serious illness count as able to work.
 */
@Component
class RosterEnrolment {

    static final String REASON = "ROSTER_IMPORT";

    private final HouseholdService households;
    private final AllowanceHistory history;
    private final RegionService regions;
    private final AgeBands ageBands;
    private final Clock clock;

    RosterEnrolment(HouseholdService households, AllowanceHistory history, RegionService regions, AgeBands ageBands,
            Clock clock) {
        this.households = households;
        this.history = history;
        this.regions = regions;
        this.ageBands = ageBands;
        this.clock = clock;
    }

    /** Answers the number of persons enrolled. */
    int enrol(List<RosterHousehold> roster, String actor) {
        AgeBands.Bounds bounds = ageBands.bounds();
        LocalDate today = LocalDate.now(clock);
        int persons = 0;
        for (RosterHousehold entry : roster) {
            List<MemberForm> members = entry.members().stream()
                    .map(r -> new MemberForm(r.name(), r.idNumber(), r.relation(), r.category(), r.disabilityGrade(),
                            r.seriousIllness(), r.disabilityGrade() == 0 && !r.seriousIllness()
                                    && bounds.of(r.idNumber(), today) == AgeBand.WORKING_AGE))
                    .toList();
            HouseholdForm form = new HouseholdForm(entry.regionCode(), regions.require(entry.regionCode()).name(), null,
                    null, false, null, null, members, List.of(), List.of(), List.of(), false);
            Household household = households.register(form, actor);
            households.setAllowance(household.householdId(), entry.amount(), null, entry.startMonth(), actor);
            history.record(household.householdId(), entry.startMonth(), entry.amount(), REASON, null);
            households.changeStatus(household.householdId(), HouseholdStatus.ACTIVE, actor);
            persons += members.size();
        }
        return persons;
    }
}

package org.yangguang.recheck;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yangguang.casework.CaseEventDraft;
import org.yangguang.casework.CasePolicy;
import org.yangguang.complaint.ComplaintEvents.FoundedAboutReceivingHousehold;
import org.yangguang.household.HouseholdEvents.StatusChanged;
import org.yangguang.household.HouseholdService;
import org.yangguang.household.HouseholdStatus;
import org.yangguang.verification.VerificationEvents.WarningsRaised;
import org.yangguang.verification.WarningCode;

/**
 * Re-checks that follow from what happens elsewhere: an enrolled household gets its class and first
 * due date; a founded complaint about it, or a member's recorded death (due within the policy's
 * months), starts a re-check.
 */
@Component
class RecheckTriggers {

    static final String DEATH_MONTHS = "deathRecheckMonths";

    private final RecheckClasses classes;
    private final Rechecks rechecks;
    private final HouseholdService households;
    private final CasePolicy policy;
    private final Clock clock;

    RecheckTriggers(RecheckClasses classes, Rechecks rechecks, HouseholdService households, CasePolicy policy,
            Clock clock) {
        this.classes = classes;
        this.rechecks = rechecks;
        this.households = households;
        this.policy = policy;
        this.clock = clock;
    }

    @EventListener
    void onEnrolment(StatusChanged changed) {
        if (changed.from() == HouseholdStatus.APPLYING && changed.to() == HouseholdStatus.ACTIVE) {
            classes.scheduleFrom(changed.householdId(), classes.initialClassOf(households.require(changed.householdId())),
                    LocalDate.now(clock), CaseEventDraft.SYSTEM);
        }
    }

    @EventListener
    void onFoundedComplaint(FoundedAboutReceivingHousehold founded) {
        rechecks.start(founded.householdId(), RecheckTrigger.COMPLAINT, founded.complaint().trackingCode(), null, null,
                CaseEventDraft.SYSTEM);
    }

    @EventListener
    void onDeath(WarningsRaised raised) {
        boolean death = raised.warnings().stream().anyMatch(w -> w.code() == WarningCode.DEATH);
        HouseholdStatus status = households.require(raised.householdId()).status();
        if (death && (status == HouseholdStatus.ACTIVE || status == HouseholdStatus.GRADUAL_EXIT)) {
            LocalDate due = LocalDate.now(clock).plusMonths(policy.value(DEATH_MONTHS));
            rechecks.start(raised.householdId(), RecheckTrigger.DEATH, null, null, due, CaseEventDraft.SYSTEM);
        }
    }
}

package org.yangguang.payment;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.camunda.bpm.engine.ProcessEngine;
import org.yangguang.household.AllowanceHistory;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.CaseFlow;
import org.yangguang.support.Households;

/** Households the payment tests pay: approved through the whole application, 865.00 from a month on. */
final class PaidHouseholds {

    private PaidHouseholds() {}

    static long enrolledSince(int port, ProcessEngine engine, AllowanceHistory history, YearMonth month) {
        CaseFlow flow = new CaseFlow(new CaseDriver(port), engine);
        long caseId = flow.approved(Households.typical(CaseFlow.VILLAGE), "township-dh");
        long householdId = flow.driver().caseOf("county", caseId).get("householdId").asLong();
        history.record(householdId, month, new BigDecimal("865.00"), "ENROLMENT", null);
        return householdId;
    }
}

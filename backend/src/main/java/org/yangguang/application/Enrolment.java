package org.yangguang.application;

import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.yangguang.casework.CaseEventDraft;
import org.yangguang.casework.CaseRecord;
import org.yangguang.casework.CaseFiles;
import org.yangguang.household.AllowanceHistory;
import org.yangguang.household.HouseholdService;
import org.yangguang.household.HouseholdStatus;

/** {@code ${enrolment.enrol(execution)}}: the approved household receives the allowance from the month after approval. */
@Component("enrolment")
public class Enrolment {

    private final CaseFiles cases;
    private final HouseholdService households;
    private final AllowanceHistory history;

    Enrolment(CaseFiles cases, HouseholdService households, AllowanceHistory history) {
        this.cases = cases;
        this.households = households;
        this.history = history;
    }

    public void enrol(DelegateExecution execution) {
        CaseRecord record = cases.require(NoticeSteps.caseId(execution));
        if (record.monthlyAmount() == null || record.paymentStartMonth() == null) {
            throw new IllegalStateException("case " + record.caseId() + " reached enrolment without an approved amount");
        }
        households.setAllowance(record.householdId(), record.monthlyAmount(), record.perCapitaIncome(),
                YearMonth.parse(record.paymentStartMonth()), CaseEventDraft.SYSTEM);
        households.changeStatus(record.householdId(), HouseholdStatus.ACTIVE, CaseEventDraft.SYSTEM);
        history.record(record.householdId(), YearMonth.parse(record.paymentStartMonth()), record.monthlyAmount(),
                "ENROLMENT", record.caseId());
        cases.record(record.caseId(), CaseEventDraft.system("ENROLLED", "{\"monthlyAmount\":\""
                + record.monthlyAmount().toPlainString() + "\",\"paymentStartMonth\":\"" + record.paymentStartMonth() + "\"}"));
    }
}

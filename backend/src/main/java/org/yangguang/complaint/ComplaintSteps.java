package org.yangguang.complaint;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.yangguang.complaint.ComplaintEvents.ComplaintEscalated;
import org.yangguang.complaint.internal.ComplaintMapper;
import org.yangguang.household.HouseholdService;
import org.yangguang.household.HouseholdStatus;
import org.yangguang.process.ProcessVariables;
import org.yangguang.process.TaskDeadlines;

/**
 * What process {@code complaint} does besides its user tasks: {@code investigationDue} (the
 * overdue timer's date, kept as the complaint's due date), {@code escalate} (the county is added
 * to the open investigation) and {@code settle} (confirmed findings carried out).
 */
@Component("complaintSteps")
public class ComplaintSteps {

    static final String INVESTIGATE = "investigate";

    private final ComplaintMapper complaints;
    private final TaskDeadlines deadlines;
    private final TaskService tasks;
    private final HouseholdService households;
    private final ApplicationEventPublisher events;

    ComplaintSteps(ComplaintMapper complaints, TaskDeadlines deadlines, TaskService tasks, HouseholdService households,
            ApplicationEventPublisher events) {
        this.complaints = complaints;
        this.deadlines = deadlines;
        this.tasks = tasks;
        this.households = households;
        this.events = events;
    }

    /** When the investigation started now is overdue; without a {@code task_deadline} row, never (far future). */
    public Date investigationDue(DelegateExecution execution) {
        Instant due = deadlines.dueFromNow(INVESTIGATE).orElse(null);
        complaints.setDue(complaintId(execution), due);
        return Date.from(due == null ? Instant.parse("9999-12-31T00:00:00Z") : due);
    }

    /** The deadline passed: the county may now take the investigation; recorded on the complaint. */
    public void escalate(DelegateExecution execution) {
        long complaintId = complaintId(execution);
        String countyGroup = "county-" + execution.getVariable(ProcessVariables.COUNTY_CODE);
        tasks.createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(INVESTIGATE)
                .list()
                .forEach(task -> tasks.addCandidateGroup(task.getId(), countyGroup));
        complaints.markEscalated(complaintId);
        events.publishEvent(new ComplaintEscalated(complaints.find(complaintId), countyGroup));
    }

    /** The county confirmed: a founded complaint about an enrolled household starts a re-check of it. */
    public void settle(DelegateExecution execution) {
        Complaint complaint = complaints.find(complaintId(execution));
        if (!Boolean.TRUE.equals(complaint.founded()) || complaint.householdId() == null) {
            return;
        }
        HouseholdStatus status = households.require(complaint.householdId()).status();
        if (status == HouseholdStatus.ACTIVE || status == HouseholdStatus.GRADUAL_EXIT) {
            events.publishEvent(new ComplaintEvents.FoundedAboutReceivingHousehold(complaint, complaint.householdId()));
        }
    }

    private static long complaintId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ComplaintIntake.COMPLAINT_ID)).longValue();
    }
}

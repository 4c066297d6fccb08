package org.yangguang.application.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;
import org.yangguang.allowance.Assessment;
import org.yangguang.application.Assessments;
import org.yangguang.complaint.Complaints;
import org.yangguang.casework.CaseRecord;
import org.yangguang.casework.CaseFiles;
import org.yangguang.household.Household;
import org.yangguang.household.HouseholdService;
import org.yangguang.notice.NoticeService;
import org.yangguang.notice.ObjectionService;
import org.yangguang.region.RegionService;
import org.yangguang.verification.Warnings;

/** Assembles the case view from the features that hold its parts. */
@Component
class CaseViews {

    private final CaseFiles cases;
    private final HouseholdService households;
    private final RegionService regions;
    private final Assessments assessments;
    private final NoticeService notices;
    private final ObjectionService objections;
    private final TaskService tasks;
    private final Warnings warnings;
    private final ObjectMapper json;
    private final Clock clock;
    private final Complaints complaints;

    CaseViews(CaseFiles cases, HouseholdService households, RegionService regions, Assessments assessments,
            NoticeService notices, ObjectionService objections, TaskService tasks, Warnings warnings, ObjectMapper json,
            Clock clock, Complaints complaints) {
        this.complaints = complaints;
        this.warnings = warnings;
        this.cases = cases;
        this.households = households;
        this.regions = regions;
        this.assessments = assessments;
        this.notices = notices;
        this.objections = objections;
        this.tasks = tasks;
        this.json = json;
        this.clock = clock;
    }

    CaseView of(CaseRecord record) {
        Household household = households.require(record.householdId());
        Assessment assessment = assessments.assess(household, LocalDate.now(clock));
        return new CaseView(record.caseId(), record.kind().name(), record.status().name(), record.regionCode(),
                regions.find(record.regionCode()).map(r -> r.name()).orElse(null), record.householdId(), household,
                record.monthlyAmount() != null ? record.monthlyAmount()
                        : record.proposedAmount() != null ? record.proposedAmount() : assessment.monthlyAmount(),
                record.perCapitaIncome() != null ? record.perCapitaIncome() : assessment.perCapitaIncome(),
                record.proposedAmount(), record.paymentStartMonth(), record.appliedAt(), record.acceptedAt(),
                record.dueAt(), record.decidedAt(), flags(record, assessment), assessment, timeline(record),
                notices.ofCase(record.caseId()).stream()
                        .map(n -> new CaseView.NoticeLine(n.noticeId(), n.kind().name(), n.from(), n.to(),
                                n.withdrawnAt() != null))
                        .toList(),
                cases.documents(record.caseId()).stream()
                        .map(d -> new CaseView.DocumentLine(d.documentId(), d.kind(), d.fileName(), d.createdAt()))
                        .toList(),
                objections.ofCase(record.caseId()).stream()
                        .map(o -> new CaseView.ObjectionLine(o.trackingCode(), o.content(), o.status().name(),
                                o.founded(), o.reply(), o.receivedAt()))
                        .toList(),
                warnings.ofHousehold(record.householdId()).stream().map(WarningLine::of).toList(),
                openTasks(record),
                complaints.ofCase(record.caseId()).stream()
                        .map(c -> new CaseView.ComplaintLine(c.complaintId(), c.trackingCode(), c.channel().name(),
                                c.status().name(), c.founded()))
                        .toList());
    }

    private List<String> flags(CaseRecord record, Assessment assessment) {
        List<String> flags = new ArrayList<>();
        if (record.closeRelative()) {
            flags.add("CLOSE_RELATIVE");
        }
        if (record.hadComplaint()) {
            flags.add("COMPLAINT");
        }
        if (record.special()) {
            flags.add("SPECIAL");
        }
        if (!record.status().isClosed() && record.dueAt() != null && clock.instant().isAfter(record.dueAt())) {
            flags.add("OVERDUE");
        }
        if (!record.status().isClosed() && !assessment.eligible()) {
            flags.add("INELIGIBLE");
        }
        if (!warnings.openOf(record.householdId()).isEmpty()) {
            flags.add("WARNINGS");
        }
        return flags;
    }

    private List<CaseView.TimelineLine> timeline(CaseRecord record) {
        return cases.timeline(record.caseId()).stream()
                .map(e -> new CaseView.TimelineLine(e.at(), e.actor(), e.role(), e.action(), e.taskKey(),
                        e.decision(), e.opinion(), detail(e.detail())))
                .toList();
    }

    private Object detail(String detail) {
        if (detail == null) {
            return null;
        }
        try {
            return json.readTree(detail);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return detail;
        }
    }

    private List<CaseView.OpenTask> openTasks(CaseRecord record) {
        if (record.processInstanceId() == null) {
            return List.of();
        }
        return tasks.createTaskQuery().processInstanceId(record.processInstanceId()).list().stream()
                .map(t -> new CaseView.OpenTask(t.getId(), t.getTaskDefinitionKey(), t.getName(),
                        t.getCreateTime().toInstant(), t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                        tasks.getIdentityLinksForTask(t.getId()).stream()
                                .map(IdentityLink::getGroupId)
                                .filter(java.util.Objects::nonNull)
                                .toList()))
                .toList();
    }
}

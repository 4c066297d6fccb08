package org.yangguang.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/** Takes cases to a given step through the API as the demo officers, firing the notice timer on the engine. */
public final class CaseFlow {

    public static final String VILLAGE = "511999101001";

    private final CaseDriver cases;
    private final ProcessEngine engine;

    public CaseFlow(CaseDriver cases, ProcessEngine engine) {
        this.cases = cases;
        this.engine = engine;
    }

    public CaseDriver driver() {
        return cases;
    }

    public long toNotice(Households household) {
        long caseId = cases.apply("village-dh1", household);
        cases.done("township-dh", caseId, "accept", Map.of("decision", "accept"));
        cases.done("township-dh", caseId, "survey", CaseDriver.survey("pass"));
        return caseId;
    }

    /** Fires the notice timer now (as an early manual execution would). */
    public void fireNoticeTimer(long caseId) {
        engine.getManagementService().executeJob(noticeTimer(caseId).getId());
    }

    /** Fires the notice timer when it is due: the engine's clock is moved past the due date for the firing. */
    public void letNoticeRunOut(long caseId) {
        Job timer = noticeTimer(caseId);
        ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(Duration.ofMinutes(1))));
        try {
            engine.getManagementService().executeJob(timer.getId());
        } finally {
            ClockUtil.reset();
        }
    }

    public long toAudit(Households household) {
        long caseId = toNotice(household);
        letNoticeRunOut(caseId);
        cases.done("village-dh1", caseId, "review", CaseDriver.review("TRUE", null));
        return caseId;
    }

    public long toApproval(Households household, String auditor) {
        long caseId = toAudit(household);
        cases.done(auditor, caseId, "townshipAudit", Map.of("decision", "approve"));
        return caseId;
    }

    public long approved(Households household, String auditor) {
        long caseId = toApproval(household, auditor);
        cases.done("county", caseId, "countyApproval", Map.of("decision", "approve", "opinion", "批准"));
        assertThat(cases.caseOf("county", caseId).get("status").asText()).isEqualTo("ACTIVE");
        return caseId;
    }

    public Job noticeTimer(long caseId) {
        var instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(caseId))
                .singleResult();
        assertThat(instance).as("running process of case " + caseId).isNotNull();
        Job timer = engine.getManagementService().createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .singleResult();
        assertThat(timer).as("notice timer of case " + caseId).isNotNull();
        return timer;
    }
}

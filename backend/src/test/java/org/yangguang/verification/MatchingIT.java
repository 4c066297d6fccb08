package org.yangguang.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yangguang.casework.CaseFiles;
import org.yangguang.casework.CaseKind;
import org.yangguang.household.HouseholdService;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.CaseFlow;
import org.yangguang.support.Households;
import org.yangguang.verification.data.DataSource;
import org.yangguang.verification.data.DepartmentFiles;
import org.yangguang.verification.internal.MatchingRunMapper;

/**
 * Department files matched against households: the people of an import at once, every open
 * household in a matching run (resumable, each household once), warnings in the running
 * application's steps and a burden-of-proof case for an enrolled household.
 */
class MatchingIT extends ApiIT {

    @Autowired
    ProcessEngine engine;

    @Autowired
    MatchingRuns runs;

    @Autowired
    MatchingRunMapper runStore;

    @Autowired
    HouseholdService households;

    @Autowired
    CaseFiles caseFiles;

    CaseDriver cases;
    CaseFlow flow;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        cases = new CaseDriver(port);
        flow = new CaseFlow(cases, engine);
    }

    @Test
    void aCarOfAnEnrolledMemberRaisesAWarningAndAsksTheHouseholdForEvidence() {
        Households household = Households.typical(CaseFlow.VILLAGE);
        long caseId = flow.approved(household, "township-dh");
        JsonNode view = cases.caseOf("county", caseId);
        long householdId = view.get("householdId").asLong();
        String head = view.get("household").get("members").get(0).get("idNumber").asText();

        ApiClient.Response response = upload(DataSource.VEHICLE, List.of(
                List.of(head, "户主", "川A8K123", "小型汽车", "2025-03-01"),
                List.of(head, "户主", "川A农123", "农用车", "2024-03-01")));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("warningsRaised").asInt()).isEqualTo(1);
        JsonNode warnings = cases.as("township-dh").get("/api/households/" + householdId).json().get("warnings");
        assertThat(warnings.findValuesAsText("code")).containsExactly("VEHICLE");
        assertThat(warnings.findValuesAsText("status")).containsExactly("OPEN");
        assertThat(warnings.findValuesAsText("detail").get(0)).contains("川A8K123");
        assertThat(caseFiles.ofHousehold(householdId)).extracting(c -> c.kind()).contains(CaseKind.BURDEN_OF_PROOF);
    }

    @Test
    void warningsShowInTheRunningApplicationsSurveyAuditAndApproval() {
        Households household = Households.in(CaseFlow.VILLAGE);
        String head = household.member("钱大", "HEAD", LocalDate.of(1962, 4, 5), true);
        household.income(head, "WAGE", "300.00");
        upload(DataSource.BUSINESS, List.of(List.of(head, "钱大", "钱大副食店", "50000.00", "存续")));

        long caseId = cases.apply("village-dh1", household);
        cases.done("township-dh", caseId, "accept", Map.of("decision", "accept"));

        JsonNode view = cases.caseOf("township-dh", caseId);
        assertThat(view.get("warnings").findValuesAsText("code")).containsExactly("BUSINESS");
        assertThat(view.get("flags").toString()).contains("WARNINGS");
        assertThat(view.get("timeline").findValuesAsText("action")).contains("VERIFICATION_DONE");
        assertThat(caseFiles.ofHousehold(view.get("householdId").asLong())).extracting(c -> c.kind())
                .doesNotContain(CaseKind.BURDEN_OF_PROOF);
    }

    @Test
    void anOfficialNamingAMemberRegistersTheApplicationAsACloseRelativeCase() {
        long caseId = flow.toNotice(Households.typical(CaseFlow.VILLAGE));
        JsonNode view = cases.caseOf("county", caseId);
        String spouse = view.get("household").get("members").get(1).get("idNumber").asText();
        String official = DepartmentFiles.person();

        ApiClient.Response response = upload(DataSource.OFFICIALS,
                List.of(List.of(official, "孙主任", "东河镇副镇长", "511999101000", spouse, "兄弟姐妹")));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode after = cases.caseOf("county", caseId);
        assertThat(after.get("flags").toString()).contains("CLOSE_RELATIVE");
        assertThat(after.get("warnings").findValuesAsText("code")).contains("UNREGISTERED_RELATIVE");
        JsonNode registry = cases.as("county").get("/api/verification/registry").json();
        assertThat(registry.findParents("caseId").stream().filter(r -> r.get("caseId").asLong() == caseId)
                .map(r -> r.get("origin").asText())).containsExactly("MATCHED");
    }

    @Test
    void aMatchingRunTouchesEveryOpenHouseholdOnceAndResumesWhereItStopped() {
        flow.toNotice(Households.typical(CaseFlow.VILLAGE));
        flow.toNotice(Households.typical(CaseFlow.VILLAGE));
        MatchingRun run = runs.start("test");
        assertThat(run.status()).isEqualTo("RUNNING");
        List<Long> firstBatch = households.openHouseholdsAfter(0, 1);
        // As if the node stopped after its first household: the cursor was saved with that batch.
        runStore.advance(run.runId(), firstBatch.get(0), 1, 0);

        MatchingRun done = runs.runNow(run.runId());

        assertThat(done.status()).isEqualTo("DONE");
        assertThat(done.total()).isGreaterThanOrEqualTo(2);
        assertThat(done.processed()).isEqualTo(done.total());
        assertThat(done.finishedAt()).isNotNull();
        MatchingRun again = runs.runNow(runs.start("again").runId());
        assertThat(again.warningsRaised()).as("matching the same data again raises nothing").isZero();
    }

    private ApiClient.Response upload(DataSource source, List<List<String>> rows) {
        byte[] file = DepartmentFiles.csv(source.header(), rows, false);
        return as("county").postMultipart("/api/verification/imports", Map.of("source", source.name()), "file",
                source.name().toLowerCase() + "-" + System.nanoTime() + ".csv", file);
    }
}

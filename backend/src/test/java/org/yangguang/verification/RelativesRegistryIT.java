package org.yangguang.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.CaseFlow;
import org.yangguang.support.Households;
import org.yangguang.support.TestIds;

/**
 * The close-relatives registry: a declared relative and one found by matching are both
 * registered, their case needs the county's home visit, and inspectors see the case flagged.
 */
class RelativesRegistryIT extends ApiIT {

    @Autowired
    ProcessEngine engine;

    @Autowired
    RelativesRegistry registry;

    CaseDriver cases;
    CaseFlow flow;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        cases = new CaseDriver(port);
        flow = new CaseFlow(cases, engine);
    }

    @Test
    void aDeclaredRelativeIsRegisteredAndVisitedByTheCounty() {
        long caseId = flow.toApproval(Households.typical(CaseFlow.VILLAGE).set("relativeOfOfficer", true),
                "township-dh");
        BpmnAwareTests.assertThat(instance(caseId)).isWaitingAt("countyVisit");
        JsonNode entry = registration(caseId);
        assertThat(entry.get("origin").asText()).isEqualTo("DECLARED");
        assertThat(flags(caseId)).contains("CLOSE_RELATIVE");
    }

    @Test
    void aRelativeFoundByMatchingMakesTheRunningApplicationACloseRelativeCase() {
        long caseId = flow.toNotice(Households.typical(CaseFlow.VILLAGE));
        JsonNode view = cases.caseOf("county", caseId);
        long householdId = view.get("householdId").asLong();
        String memberId = view.get("household").get("members").get(1).get("idNumber").asText();
        assertThat(flags(caseId)).doesNotContain("CLOSE_RELATIVE");
        String officialId = TestIds.id("511999", "19680101", "071");

        registry.registerMatch(householdId, memberId, officialId, "张书记", "东河村党支部书记", "兄弟姐妹");

        JsonNode entry = registration(caseId);
        assertThat(entry.get("origin").asText()).isEqualTo("MATCHED");
        assertThat(entry.get("officialName").asText()).isEqualTo("张书记");
        assertThat(entry.get("officialIdNumber").asText()).doesNotContain(officialId.substring(6, 14));
        assertThat(entry.get("memberIdNumber").asText()).doesNotContain(memberId.substring(6, 14));
        assertThat(flags(caseId)).contains("CLOSE_RELATIVE");

        flow.letNoticeRunOut(caseId);
        cases.done("village-dh1", caseId, "review", CaseDriver.review("TRUE", null));
        cases.done("township-dh", caseId, "townshipAudit", Map.of("decision", "approve"));
        BpmnAwareTests.assertThat(instance(caseId)).isWaitingAt("countyVisit");
        JsonNode inspectorFlags = cases.as("inspector").get("/api/audit/flags").json();
        assertThat(inspectorFlags.findParents("caseId").stream()
                .filter(f -> f.get("caseId").asLong() == caseId)
                .map(f -> f.get("code").asText())).contains("CLOSE_RELATIVE");
    }

    @Test
    void registeringTheSameMatchTwiceKeepsOneEntry() {
        long caseId = flow.toNotice(Households.typical(CaseFlow.VILLAGE));
        JsonNode view = cases.caseOf("county", caseId);
        long householdId = view.get("householdId").asLong();
        String memberId = view.get("household").get("members").get(0).get("idNumber").asText();
        String officialId = TestIds.id("511999", "19690101", "073");
        registry.registerMatch(householdId, memberId, officialId, "李主任", "东河镇民政办主任", "父子");
        registry.registerMatch(householdId, memberId, officialId, "李主任", "东河镇民政办主任", "父子");
        assertThat(registry.ofHousehold(householdId)).hasSize(1);
    }

    @Test
    void villageOfficersCannotReadTheRegistryOfAnotherVillage() {
        JsonNode own = cases.as("village-dh1").get("/api/verification/registry").json();
        own.forEach(entry -> assertThat(entry.get("householdId")).isNotNull());
        assertThat(cases.as("village-dh1").get("/api/verification/registry?regionCode=511999102001").status())
                .as("outside the jurisdiction is answered as absent").isEqualTo(404);
    }

    private JsonNode registration(long caseId) {
        JsonNode all = cases.as("county").get("/api/verification/registry").json();
        for (JsonNode entry : all) {
            if (entry.path("caseId").asLong() == caseId) {
                return entry;
            }
        }
        throw new AssertionError("case " + caseId + " is not in the registry: " + all);
    }

    private java.util.List<String> flags(long caseId) {
        java.util.List<String> values = new java.util.ArrayList<>();
        cases.caseOf("county", caseId).get("flags").forEach(v -> values.add(v.asText()));
        return values;
    }

    private ProcessInstance instance(long caseId) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(caseId))
                .singleResult();
    }
}

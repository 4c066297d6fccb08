package org.yangguang.process.versions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.CaseFlow;
import org.yangguang.support.Households;
import org.yangguang.support.TestAccounts;

/**
 * Versions and migration as a supervisor uses them: running cases at the notice step move from
 * one version of the application process to the next (a notice period of 10 days) and go on
 * there; a version that renamed the notice timer cannot take the cases waiting in it, which the
 * dry run names and the migration leaves where they are. Batches of two instances per job.
 */
@TestPropertySource(properties = "yangguang.migration.batch-size=2")
class MigrationIT extends ApiIT {

    private static final String KEY = "dibao-application";

    @Autowired
    ProcessEngine engine;

    @Test
    void aMigrationMovesRunningCasesAtTheNoticeStepFromVersionOneToTwo() throws Exception {
        CaseFlow flow = new CaseFlow(new CaseDriver(port), engine);
        long first = flow.toNotice(Households.typical(CaseFlow.VILLAGE));
        long second = flow.toNotice(Households.typical(CaseFlow.VILLAGE));
        long third = flow.toNotice(Households.typical(CaseFlow.VILLAGE));
        String source = instanceOf(first).getProcessDefinitionId();
        String original = model();
        String target = deploy(original.replace(">P7D<", ">P10D<"));
        try {
            ApiClient supervisor = as("supervisor");
            JsonNode versions = process(supervisor.get("/api/process-versions").json(), KEY).get("versions");
            assertThat(versions.get(0).get("definitionId").asText()).isEqualTo(target);
            assertThat(versions.get(0).get("latest").asBoolean()).isTrue();
            assertThat(versions.get(0).get("runningInstances").asLong()).isZero();
            JsonNode sourceVersion = version(versions, source);
            assertThat(sourceVersion.get("runningInstances").asLong()).isGreaterThanOrEqualTo(3);
            assertThat(sourceVersion.get("waitingAt").findValuesAsText("activityId")).contains("noticePeriod");

            ApiClient.Response dryRun = supervisor.post("/api/migrations/dry-run", request(source, target));
            assertThat(dryRun.status()).as(dryRun.body()).isEqualTo(200);
            int instances = dryRun.json().get("instances").asInt();
            assertThat(instances).isGreaterThanOrEqualTo(3);
            assertThat(dryRun.json().get("mappable").asInt()).isEqualTo(instances);
            assertThat(dryRun.json().get("unmappable")).isEmpty();
            assertThat(instanceOf(first).getProcessDefinitionId()).as("a dry run moves nothing").isEqualTo(source);

            ApiClient.Response started = supervisor.post("/api/migrations", request(source, target));
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            String batchId = started.json().get("batchId").asText();
            assertThat(started.headers().firstValue("Location")).hasValue("/api/migrations/" + batchId);
            assertThat(started.json().get("instances").asInt()).isEqualTo(instances);
            assertThat(started.json().get("batchSize").asInt()).isEqualTo(2);
            JsonNode progress = supervisor.get("/api/migrations/" + batchId).json();
            assertThat(progress.get("status").asText()).isEqualTo("RUNNING");
            assertThat(progress.get("totalJobs").asInt()).isEqualTo((instances + 1) / 2);
            assertThat(progress.get("startedBy").asText()).isEqualTo("supervisor");

            runBatch(batchId);
            assertThat(supervisor.get("/api/migrations/" + batchId).json().get("status").asText())
                    .isEqualTo("COMPLETED");
            for (long caseId : List.of(first, second, third)) {
                assertThat(instanceOf(caseId).getProcessDefinitionId()).isEqualTo(target);
                assertThat(engine.getRuntimeService().getActiveActivityIds(instanceOf(caseId).getId()))
                        .containsExactly("noticePeriod");
            }
            assertThat(daysUntil(flow.noticeTimer(first))).as("a running notice keeps its period").isEqualTo(7);

            flow.letNoticeRunOut(first);
            var review = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(String.valueOf(first))
                    .singleResult();
            assertThat(review.getTaskDefinitionKey()).isEqualTo("review");
            assertThat(review.getProcessDefinitionId()).isEqualTo(target);
            flow.driver().done("village-dh1", first, "review", CaseDriver.review("TRUE", null));
            assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(String.valueOf(first))
                    .singleResult().getTaskDefinitionKey()).isEqualTo("townshipAudit");

            ApiClient inspector = as("inspector");
            JsonNode migrated = inspector.get("/api/audit/events?type=PROCESS_MIGRATED&caseId=" + second).json();
            assertThat(migrated).hasSize(1);
            assertThat(migrated.get(0).get("actor").asText()).isEqualTo("supervisor");
            assertThat(migrated.get(0).get("detail").get("target").asText()).isEqualTo(target);
            assertThat(migrated.get(0).get("detail").get("batchId").asText()).isEqualTo(batchId);
            assertThat(inspector.get("/api/audit/events?type=MIGRATION_DRY_RUN&actor=supervisor").body())
                    .contains(source).contains(target);
            assertThat(inspector.get("/api/audit/events?type=MIGRATION_STARTED&actor=supervisor").body())
                    .contains(batchId);
        } finally {
            deploy(original);
        }
    }

    @Test
    void aCaseWaitingInARenamedActivityIsReportedAndStaysWhileTheOthersMove() throws Exception {
        CaseFlow flow = new CaseFlow(new CaseDriver(port), engine);
        long atNotice = flow.toNotice(Households.typical(CaseFlow.VILLAGE));
        long atAccept = flow.driver().apply("village-dh1", Households.typical(CaseFlow.VILLAGE));
        String source = instanceOf(atNotice).getProcessDefinitionId();
        String original = model();
        String renamed = original.replace("id=\"noticePeriod\"", "id=\"noticeRunning\"")
                .replace("bpmnElement=\"noticePeriod\"", "bpmnElement=\"noticeRunning\"")
                .replace("targetRef=\"noticePeriod\"", "targetRef=\"noticeRunning\"")
                .replace("sourceRef=\"noticePeriod\"", "sourceRef=\"noticeRunning\"");
        assertThat(renamed).doesNotContain("\"noticePeriod\"");
        String target = deploy(renamed);
        try {
            ApiClient supervisor = as("supervisor");
            String noticeInstance = instanceOf(atNotice).getId();
            JsonNode report = supervisor.post("/api/migrations/dry-run", request(source, target)).json();
            JsonNode refused = null;
            for (JsonNode line : report.get("unmappable")) {
                assertThat(line.get("activities").findValuesAsText("id")).contains("noticePeriod");
                if (line.get("processInstanceId").asText().equals(noticeInstance)) {
                    refused = line;
                }
            }
            assertThat(refused).as(report.toString()).isNotNull();
            assertThat(refused.get("businessKey").asText()).isEqualTo(String.valueOf(atNotice));
            assertThat(refused.get("activities").get(0).get("name").asText()).isEqualTo("公示7天期满");
            assertThat(refused.get("reasons")).isNotEmpty();
            assertThat(report.get("mappable").asInt())
                    .isEqualTo(report.get("instances").asInt() - report.get("unmappable").size())
                    .isPositive();

            ApiClient.Response started = supervisor.post("/api/migrations", request(source, target));
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            assertThat(started.json().get("skipped").findValuesAsText("processInstanceId")).contains(noticeInstance);
            runBatch(started.json().get("batchId").asText());

            assertThat(instanceOf(atAccept).getProcessDefinitionId()).isEqualTo(target);
            assertThat(instanceOf(atNotice).getProcessDefinitionId()).isEqualTo(source);
            flow.driver().done("township-dh", atAccept, "accept", Map.of("decision", "accept"));
        } finally {
            deploy(original);
        }
    }

    @Test
    void onlySupervisorsSeeVersionsAndMigrate() {
        for (String officer : List.of("county", "inspector", "admin")) {
            ApiClient other = as(officer);
            assertThat(other.get("/api/process-versions").status()).isEqualTo(403);
            assertThat(other.post("/api/migrations/dry-run", request("a", "b")).status()).isEqualTo(403);
            assertThat(other.post("/api/migrations", request("a", "b")).status()).isEqualTo(403);
        }
    }

    @Test
    void unknownVersionsOtherProcessesAndVersionsWithoutInstancesAreRefused() {
        var repository = engine.getRepositoryService();
        String key = unique("migration-empty");
        String first = repository.createDeployment().name(key).addModelInstance(key + ".bpmn",
                Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1830).startEvent().endEvent().done())
                .deployWithResult().getDeployedProcessDefinitions().get(0).getId();
        String second = repository.createDeployment().name(key).addModelInstance(key + ".bpmn",
                Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1830).startEvent("begun").endEvent().done())
                .deployWithResult().getDeployedProcessDefinitions().get(0).getId();
        String application = repository.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion()
                .singleResult().getId();
        long audited = as("inspector").get("/api/audit/events?type=MIGRATION_DRY_RUN").json().size();
        ApiClient supervisor = as("supervisor");

        refused(supervisor.post("/api/migrations/dry-run", request("nope:1:1", second)), "sourceDefinitionId");
        refused(supervisor.post("/api/migrations/dry-run", Map.of()), "sourceDefinitionId", "targetDefinitionId");
        refused(supervisor.post("/api/migrations/dry-run", request(first, application)), "targetDefinitionId");
        refused(supervisor.post("/api/migrations/dry-run", request(second, second)), "targetDefinitionId");
        refused(supervisor.post("/api/migrations/dry-run", request(first, second)), "sourceDefinitionId");
        refused(supervisor.post("/api/migrations", request(first, second)), "sourceDefinitionId");
        assertThat(engine.getManagementService().createBatchQuery().count()).isZero();
        assertThat(as("inspector").get("/api/audit/events?type=MIGRATION_DRY_RUN").json()).hasSize((int) audited);
        assertThat(supervisor.get("/api/migrations/no-such-batch").status()).isEqualTo(404);
    }

    private static void refused(ApiClient.Response response, String... fields) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(fields);
    }

    private static Map<String, String> request(String source, String target) {
        return Map.of("sourceDefinitionId", source, "targetDefinitionId", target);
    }

    /** Runs the batch's jobs as the job executor would: the seed job, the migration jobs, the monitor job. */
    private void runBatch(String batchId) {
        var management = engine.getManagementService();
        Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
        assertThat(batch).isNotNull();
        Job seed;
        while ((seed = management.createJobQuery().jobDefinitionId(batch.getSeedJobDefinitionId()).singleResult()) != null) {
            management.executeJob(seed.getId());
        }
        List<Job> jobs = new ArrayList<>(management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).list());
        assertThat(jobs).hasSize(batch.getTotalJobs());
        for (Job job : jobs) {
            management.executeJob(job.getId());
        }
        for (Job monitor : management.createJobQuery().jobDefinitionId(batch.getMonitorJobDefinitionId()).list()) {
            management.executeJob(monitor.getId());
        }
        assertThat(management.createBatchQuery().batchId(batchId).count()).as("the monitor ended the batch").isZero();
    }

    private ProcessInstance instanceOf(long caseId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(caseId))
                .singleResult();
    }

    private static String model() throws Exception {
        return Files.readString(Path.of("..", "bpmn", "dibao-application.bpmn"));
    }

    /** Deploys as Camunda Modeler does and answers the new latest definition. */
    private String deploy(String xml) {
        ApiClient.Response response = anonymous().basicAuth("supervisor", TestAccounts.PASSWORD)
                .modelerDeploy(KEY + ".bpmn", xml.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion()
                .singleResult().getId();
    }

    private static JsonNode process(JsonNode processes, String key) {
        for (JsonNode process : processes) {
            if (process.get("key").asText().equals(key)) {
                return process;
            }
        }
        throw new AssertionError("no process " + key + " in " + processes);
    }

    private static JsonNode version(JsonNode versions, String definitionId) {
        for (JsonNode version : versions) {
            if (version.get("definitionId").asText().equals(definitionId)) {
                return version;
            }
        }
        throw new AssertionError("no version " + definitionId + " in " + versions);
    }

    private static long daysUntil(Job timer) {
        Date due = timer.getDuedate();
        return Math.round(Duration.between(new Date().toInstant(), due.toInstant()).toHours() / 24.0);
    }
}

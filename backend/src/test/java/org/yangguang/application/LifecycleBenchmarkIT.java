package org.yangguang.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.yangguang.casework.CaseFiles;
import org.yangguang.casework.CaseRecord;
import org.yangguang.casework.CaseStatus;
import org.yangguang.household.HouseholdForm;
import org.yangguang.household.HouseholdService;
import org.yangguang.household.HouseholdStatus;
import org.yangguang.identity.OfficerService;
import org.yangguang.process.ProcessVariables;
import org.yangguang.process.TaskCompletion;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.CaseFlow;
import org.yangguang.support.Households;
import org.yangguang.support.TestIds;
import org.yangguang.support.bench.ConcurrentRuns;
import org.yangguang.support.bench.NoopModel;
import org.yangguang.support.bench.StatementCounts;
import org.yangguang.support.bench.StepTimes;

/**
 * Issue 10 (a): the whole life of an application that ends enrolled — apply (village officer),
 * accept, survey, the notice timer, review, township audit, county approval, household ACTIVE — through
 * the service layer ({@link ApplicationService#apply}, {@link TaskCompletion#complete} as each officer,
 * the timer job executed as {@link CaseFlow#fireNoticeTimer} does), on 1 and on 4 threads, against the
 * same model driven through Camunda's own API with no-op delegates ({@link NoopModel}, key
 * {@value #BASELINE_KEY}): start, complete each user task with the decision its gateway reads, execute
 * the timer job. Target: the service layer ≤ 1.5× the baseline per case (median). Prints the table, the
 * median of each step ({@link StepTimes}) and, on MySQL/MariaDB, the statements and row lock waits per
 * case ({@link StatementCounts}); see docs/performance.md. Sizes: {@code -Dbench.cases} (timed cases per row, default 200),
 * {@code -Dbench.caseWarmup} (untimed cases before each row, default 20), {@code -Dbench.threads} (1,4).
 */
@Tag("benchmark")
class LifecycleBenchmarkIT extends ApiIT {

    static final String BASELINE_KEY = "bench-dibao-noop";
    private static final int CASES = Integer.getInteger("bench.cases", 200);
    private static final int WARMUP = Integer.getInteger("bench.caseWarmup", 20);
    private static final String THREADS = System.getProperty("bench.threads", "1,4");
    private static final double TARGET = 1.5;
    private static final String START = "apply (baseline: start instance)";
    private static final String TIMER = "notice timer (executeJob)";
    private static final String VILLAGE = CaseFlow.VILLAGE;
    /** Birth days of the benchmark's heads and children: no other test makes people born on them. */
    private static final LocalDate HEADS_BORN = LocalDate.of(1985, 1, 1);
    private static final LocalDate CHILDREN_BORN = LocalDate.of(2014, 1, 1);

    @Autowired ApplicationService applications;
    @Autowired TaskCompletion completion;
    @Autowired OfficerService officers;
    @Autowired CaseFiles cases;
    @Autowired HouseholdService households;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    private final Queue<Long> enrolled = new ConcurrentLinkedQueue<>();
    private final StepTimes steps = new StepTimes();
    private String deployment;

    @Test
    void applicationLifecycleThroughTheServicesAgainstCamundaAlone() {
        deployment = repository.createDeployment().name(BASELINE_KEY).addString(BASELINE_KEY + ".bpmn",
                NoopModel.of("bpmn/dibao-application.bpmn", ApplicationService.PROCESS_KEY, BASELINE_KEY)).deploy()
                .getId();
        Authentication village = signedIn("village-dh1");
        Authentication township = signedIn("township-dh");
        Authentication county = signedIn("county");
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName() + " "
                + c.getMetaData().getDatabaseProductVersion());

        ConcurrentRuns runs = new ConcurrentRuns();
        StatementCounts statements = new StatementCounts(jdbc);
        List<ConcurrentRuns.Row> measured = new ArrayList<>();
        int[] numbered = {0};
        for (String threads : THREADS.split(",")) {
            int count = Integer.parseInt(threads.trim());
            String base = "Camunda API, no-op delegates (" + BASELINE_KEY + ")";
            String service = "service layer (ApplicationService, TaskCompletion)";
            ConcurrentRuns.Row[] baseline = {null};
            steps.column("base " + count + "t");
            statements.count(base + ", " + count + "t", WARMUP + CASES, () -> baseline[0] = runs.measure(base, count,
                    WARMUP, CASES, n -> baselineCase(n >= WARMUP), null));
            int first = numbered[0];
            steps.column("service " + count + "t");
            statements.count(service + ", " + count + "t", WARMUP + CASES, () -> measured.add(runs.measure(service,
                    count, WARMUP, CASES, n -> serviceCase(first + n, n >= WARMUP, village, township, county),
                    baseline[0])));
            numbered[0] += WARMUP + CASES;
        }
        System.out.print(runs.table("application lifecycle apply → ACTIVE on " + product));
        System.out.print(steps.table("application lifecycle steps (task lookup included) on " + product));
        System.out.print(statements.table("application lifecycle on " + product + ", statements per case"));
        for (ConcurrentRuns.Row row : measured) {
            System.out.printf("BENCHMARK target (a) %d thread(s): service layer <= %.1fx the baseline per case: %s "
                    + "(median %.2f vs %.2f ms = %.2fx; %.1f vs %.1f cases/s)%n", row.threads(), TARGET,
                    row.medianRatio() <= TARGET ? "met" : "MISSED", row.latencies().medianMillis(),
                    row.baseline().latencies().medianMillis(), row.medianRatio(), row.perSecond(),
                    row.baseline().perSecond());
        }
        System.out.println();

        assertThat(enrolled).hasSize(numbered[0]);
        for (long caseId : enrolled) {
            CaseRecord done = cases.require(caseId);
            assertThat(done.status()).as("case " + caseId).isEqualTo(CaseStatus.ACTIVE);
            assertThat(households.require(done.householdId()).status()).isEqualTo(HouseholdStatus.ACTIVE);
        }
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(BASELINE_KEY).count()).isZero();
    }

    /** The case as the pages take it: each step by its officer, through the services the controllers call. */
    private void serviceCase(int n, boolean timed, Authentication village, Authentication township,
            Authentication county) {
        CaseRecord opened = steps.time(START, timed,
                () -> as(village, () -> applications.apply(json.convertValue(household(n), HouseholdForm.class))));
        String instance = opened.processInstanceId();
        complete(timed, township, instance, "accept", Map.of("decision", "accept"));
        complete(timed, township, instance, "survey", CaseDriver.survey("pass"));
        steps.time(TIMER, timed, () -> fireNoticeTimer(instance));
        complete(timed, village, instance, "review", CaseDriver.review("TRUE", null));
        complete(timed, township, instance, "townshipAudit", Map.of("decision", "approve"));
        complete(timed, county, instance, "countyApproval", Map.of("decision", "approve", "opinion", "批准"));
        enrolled.add(opened.caseId());
    }

    /** The same path on the no-op model: the variables the service sets at the start, each gateway's decision. */
    private void baselineCase(boolean timed) {
        Map<String, Object> variables = ProcessVariables.ofCase(0, VILLAGE);
        variables.put(ProcessVariables.CLOSE_RELATIVE, false);
        variables.put(ProcessVariables.HAD_COMPLAINT, false);
        String instance = steps.time(START, timed,
                () -> runtime.startProcessInstanceByKey(BASELINE_KEY, variables).getId());
        complete(timed, instance, "accept", "accept");
        complete(timed, instance, "survey", "pass");
        steps.time(TIMER, timed, () -> fireNoticeTimer(instance));
        complete(timed, instance, "review", "pass");
        complete(timed, instance, "townshipAudit", "approve");
        complete(timed, instance, "countyApproval", "approve");
    }

    /** The baseline's step: the task looked up as the service path does, completed with its gateway's variable. */
    private void complete(boolean timed, String instance, String taskKey, String decision) {
        steps.time(taskKey, timed, () -> tasks.complete(taskOf(instance, taskKey),
                Map.of(ProcessVariables.decisionOf(taskKey), decision)));
    }

    private void complete(boolean timed, Authentication officer, String instance, String taskKey,
            Map<String, Object> body) {
        steps.time(taskKey, timed, () -> {
            String taskId = taskOf(instance, taskKey);
            as(officer, () -> {
                completion.complete(taskId, json.valueToTree(body));
                return null;
            });
        });
    }

    private String taskOf(String instance, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult().getId();
    }

    /** Executes the notice timer now, whatever its due date (as {@link CaseFlow#fireNoticeTimer}). */
    private void fireNoticeTimer(String instance) {
        management.executeJob(management.createJobQuery().processInstanceId(instance).timers().singleResult().getId());
    }

    /** The officer as the application's login leaves them: username as principal, the role as authority. */
    private Authentication signedIn(String username) {
        return UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + officers.require(username).role().name())));
    }

    /** Runs the call with the officer in this thread's security context, as a request of theirs would. */
    private static <T> T as(Authentication officer, Supplier<T> call) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(officer);
        SecurityContextHolder.setContext(context);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * The n-th benchmark household: {@link Households#typical} (head 40-odd, child 12, a 500 yuan wage)
     * with ID numbers of its own — the birth day and sequence come from n, so any number of cases stay apart.
     */
    private static Map<String, Object> household(int n) {
        String head = id(HEADS_BORN, n, true);
        List<Map<String, Object>> members = List.of(member("张三丰", head, "HEAD"),
                member("张小明", id(CHILDREN_BORN, n, true), "CHILD"));
        return Households.in(VILLAGE).set("members", members).set("incomes", List.of(Map.of("memberIdNumber", head,
                "type", "WAGE", "monthlyAmount", "500.00", "note", "基准"))).body();
    }

    private static String id(LocalDate firstBirth, int n, boolean male) {
        LocalDate birth = firstBirth.plusDays(n / 499);
        int sequence = (n % 499) * 2 + (male ? 1 : 0);
        return TestIds.id("511999", birth.format(DateTimeFormatter.BASIC_ISO_DATE), String.format("%03d", sequence));
    }

    private static Map<String, Object> member(String name, String idNumber, String relation) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("name", name);
        member.put("idNumber", idNumber);
        member.put("relation", relation);
        member.put("identityCategory", "UNEMPLOYED");
        member.put("disabilityGrade", 0);
        member.put("seriousIllness", false);
        member.put("ableToWork", true);
        return member;
    }

    @AfterEach
    void removeBaselineModel() {
        if (deployment != null) {
            repository.deleteDeployment(deployment, true);
        }
    }
}

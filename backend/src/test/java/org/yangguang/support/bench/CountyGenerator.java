package org.yangguang.support.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.application.ApplicationService;
import org.yangguang.casework.CaseEventDraft;
import org.yangguang.casework.CaseFiles;
import org.yangguang.casework.CaseKind;
import org.yangguang.casework.CaseRecord;
import org.yangguang.casework.CaseStatus;
import org.yangguang.personaldata.PersonalDataCipher;
import org.yangguang.process.ProcessVariables;
import org.yangguang.recheck.RecheckTrigger;
import org.yangguang.recheck.Rechecks;
import org.yangguang.region.Region;
import org.yangguang.region.RegionKind;
import org.yangguang.region.RegionService;
import org.yangguang.support.BulkMembers;
import org.yangguang.support.TestIds;

/**
 * Builds a county-sized jurisdiction for the benchmarks, on H2 or MariaDB, under the demo county:
 * townships and villages through {@link RegionService} (as the admin API stores them), households and
 * their members by JDBC batches (the rows the household service writes, as the other benchmarks do),
 * and open tasks on every user task of process {@code dibao-application} plus re-checks.
 *
 * <p>Open tasks come two ways. A sample goes through the project's own service, {@link Rechecks#start}
 * (case, re-check row, timeline, audit, process instance up to its first task), and its rate is
 * measured. The rest is the bulk path, in batches of one transaction each: per task
 * {@link CaseFiles#open} and the {@code APPLIED} timeline entry exactly as
 * {@link ApplicationService#apply} records them, a {@code dibao-application} instance through
 * {@link RuntimeService} with the variables the service sets ({@link ProcessVariables#ofCase}, close
 * relative, had complaint) but started before the chosen user task, the case's process instance and
 * the status the model's listeners would have set on the way to that task. What the bulk path does
 * not leave: the history rows and timeline entries of the steps before the chosen task and the
 * notices those steps post; the inbox reads none of them. Each task's due date comes from the
 * model's own deadline listener at creation.
 *
 * <p>Sizes: {@code -Dbench.townships}, {@code bench.villages} (per township), {@code bench.households},
 * {@code bench.tasks}, {@code bench.serviceTasks} (the measured sample), {@code bench.batch}.
 */
public final class CountyGenerator {

    public static final String COUNTY = "511999000000";
    /** Township codes 511999301000 … (no demo township uses the 3xx range). */
    private static final int FIRST_TOWNSHIP = 301;
    private static final String ACTOR = "bench-generator";

    /** Every user task of the application model, with the case status the model has set on reaching it. */
    private static final List<Map.Entry<String, CaseStatus>> APPLICATION_STEPS = List.of(
            Map.entry("accept", CaseStatus.APPLIED), Map.entry("supplement", CaseStatus.APPLIED),
            Map.entry("survey", CaseStatus.ACCEPTED), Map.entry("handleObjection", CaseStatus.NOTICE),
            Map.entry("review", CaseStatus.NOTICE), Map.entry("townshipAudit", CaseStatus.REVIEWED),
            Map.entry("countyVisit", CaseStatus.AUDITED), Map.entry("countyApproval", CaseStatus.AUDITED));

    public record Size(int townships, int villagesPerTownship, int households, int tasks, int serviceTasks, int batch) {

        /** From system properties; the defaults are issue 10's county (100,000 households and open tasks). */
        public static Size fromProperties() {
            return new Size(Integer.getInteger("bench.townships", 20), Integer.getInteger("bench.villages", 20),
                    Integer.getInteger("bench.households", 100_000), Integer.getInteger("bench.tasks", 100_000),
                    Integer.getInteger("bench.serviceTasks", 200), Integer.getInteger("bench.batch", 250));
        }

        public String describe() {
            return String.format("1 county, %d townships, %d villages, %d households, %d open-task cases "
                    + "(%d through the re-check service)", townships, townships * villagesPerTownship, households, tasks,
                    serviceTasks);
        }
    }

    /** What was built and how fast. */
    public record Built(List<String> townships, int persons, int tasks, double serviceTasksPerSecond,
            double bulkTasksPerSecond, long millis) {}

    private final JdbcTemplate jdbc;
    private final BulkMembers members;
    private final RegionService regions;
    private final CaseFiles cases;
    private final Rechecks rechecks;
    private final RuntimeService runtime;
    private final TransactionTemplate transaction;

    /** With the application's beans. */
    public static CountyGenerator of(org.springframework.context.ApplicationContext context) {
        return new CountyGenerator(context.getBean(JdbcTemplate.class), context.getBean(PersonalDataCipher.class),
                context.getBean(RegionService.class), context.getBean(CaseFiles.class), context.getBean(Rechecks.class),
                context.getBean(RuntimeService.class), context.getBean(PlatformTransactionManager.class));
    }

    public CountyGenerator(JdbcTemplate jdbc, PersonalDataCipher cipher, RegionService regions, CaseFiles cases,
            Rechecks rechecks, RuntimeService runtime, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.members = new BulkMembers(jdbc, cipher);
        this.regions = regions;
        this.cases = cases;
        this.rechecks = rechecks;
        this.runtime = runtime;
        this.transaction = new TransactionTemplate(transactions);
    }

    public static String township(int index) {
        return "511999" + (FIRST_TOWNSHIP + index) + "000";
    }

    public Built build(Size size) {
        long started = System.nanoTime();
        List<String> villages = regions(size);
        int tasks = Math.min(size.tasks(), size.households());
        int service = Math.min(size.serviceTasks(), tasks);
        // Households with an application running are APPLYING; re-checks need ACTIVE ones.
        List<Long> applying = new ArrayList<>();
        List<Long> active = new ArrayList<>();
        int persons = households(villages, size.households(), tasks - service, applying, active);

        long serviceStarted = System.nanoTime();
        for (int i = 0; i < service; i++) {
            rechecks.start(active.get(i), RecheckTrigger.OFFICER, null, null, null, ACTOR);
        }
        double serviceRate = rate(service, serviceStarted);

        long bulkStarted = System.nanoTime();
        for (int from = 0; from < applying.size(); from += size.batch()) {
            List<Long> batch = applying.subList(from, Math.min(applying.size(), from + size.batch()));
            int offset = from;
            transaction.executeWithoutResult(s -> {
                for (int i = 0; i < batch.size(); i++) {
                    application(batch.get(i), APPLICATION_STEPS.get((offset + i) % APPLICATION_STEPS.size()));
                }
            });
        }
        double bulkRate = rate(applying.size(), bulkStarted);
        List<String> townships = new ArrayList<>();
        for (int t = 0; t < size.townships(); t++) {
            townships.add(township(t));
        }
        return new Built(townships, persons, tasks, serviceRate, bulkRate, (System.nanoTime() - started) / 1_000_000);
    }

    private static double rate(int count, long startedNanos) {
        long nanos = System.nanoTime() - startedNanos;
        return count == 0 ? 0 : count * 1e9 / nanos;
    }

    private List<String> regions(Size size) {
        List<String> villages = new ArrayList<>();
        for (int t = 0; t < size.townships(); t++) {
            String township = township(t);
            if (regions.find(township).isEmpty()) {
                regions.create(new Region(township, "基准镇" + (t + 1), RegionKind.TOWNSHIP, COUNTY), ACTOR);
            }
            for (int v = 1; v <= size.villagesPerTownship(); v++) {
                String village = township.substring(0, 9) + String.format("%03d", v);
                if (regions.find(village).isEmpty()) {
                    regions.create(new Region(village, "基准镇" + (t + 1) + "第" + v + "村", RegionKind.VILLAGE, township),
                            ACTOR);
                }
                villages.add(village);
            }
        }
        return villages;
    }

    /**
     * Households round-robin over the villages (so every township has its share of cases), one to four
     * members (2.5 on average); the first {@code applyingCount} are APPLYING, the rest ACTIVE.
     */
    private int households(List<String> villages, int count, int applyingCount, List<Long> applying,
            List<Long> active) {
        Timestamp now = Timestamp.from(Instant.now());
        int persons = 0;
        int chunk = 5_000;
        for (int from = 0; from < count; from += chunk) {
            int to = Math.min(count, from + chunk);
            Long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM household", Long.class);
            List<Object[]> rows = new ArrayList<>();
            for (int i = from; i < to; i++) {
                String status = i < applyingCount ? "APPLYING" : "ACTIVE";
                rows.add(new Object[] {villages.get(i % villages.size()), "基准路" + i + "号", status,
                    status.equals("ACTIVE") ? 650 : null, now, now});
            }
            jdbc.batchUpdate("INSERT INTO household (region_code, address, authorization_signed, pledge_signed, status, "
                    + "monthly_amount, created_at, updated_at) VALUES (?, ?, TRUE, TRUE, ?, ?, ?, ?)", rows);
            List<Long> ids = jdbc.queryForList("SELECT id FROM household WHERE id > ? ORDER BY id", Long.class, before);
            List<BulkMembers.Row> people = new ArrayList<>();
            for (int k = 0; k < ids.size(); k++) {
                int index = from + k;
                (index < applyingCount ? applying : active).add(ids.get(k));
                int members = 1 + index % 4;
                for (int m = 0; m < members; m++) {
                    people.add(member(ids.get(k), m, persons++));
                }
            }
            members.insert(people);
        }
        return persons;
    }

    /** The n-th person of the county: an ID number of its own (birth day and sequence from n). */
    private static BulkMembers.Row member(long householdId, int position, int n) {
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(n / 499 + (position == 0 ? 0 : 4_000L * position));
        boolean male = position % 2 == 0;
        int sequence = (n % 499) * 2 + (male ? 1 : 0);
        String id = TestIds.id("511999", birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE),
                String.format("%03d", sequence));
        String relation = position == 0 ? "HEAD" : position == 1 ? "SPOUSE" : "CHILD";
        return new BulkMembers.Row(householdId, position, position == 0 ? "户主" + n : "成员" + n, id, relation,
                male ? "MALE" : "FEMALE", birth);
    }

    private void application(long householdId, Map.Entry<String, CaseStatus> step) {
        String village = jdbc.queryForObject("SELECT region_code FROM household WHERE id = ?", String.class, householdId);
        CaseRecord opened = cases.open(CaseKind.APPLICATION, householdId, village, false, ACTOR);
        cases.record(opened.caseId(), new CaseEventDraft(ACTOR, "VILLAGE", "APPLIED", null, null, null, null));
        Map<String, Object> variables = ProcessVariables.ofCase(opened.caseId(), village);
        variables.put(ProcessVariables.CLOSE_RELATIVE, false);
        variables.put(ProcessVariables.HAD_COMPLAINT, false);
        String instance = runtime.createProcessInstanceByKey(ApplicationService.PROCESS_KEY)
                .businessKey(String.valueOf(opened.caseId()))
                .setVariables(variables)
                .startBeforeActivity(step.getKey())
                .execute()
                .getId();
        cases.change(opened.caseId(), c -> c.withProcessInstance(instance), ACTOR);
        cases.changeStatus(opened.caseId(), step.getValue(), ACTOR);
    }
}

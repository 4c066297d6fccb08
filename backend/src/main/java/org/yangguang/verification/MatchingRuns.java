package org.yangguang.verification;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.household.HouseholdService;
import org.yangguang.verification.data.DepartmentDataImported;
import org.yangguang.verification.internal.MatchingRunMapper;

/**
 * Matching over all open households, in the background, one run after the other. Each batch of
 * households is matched and the run's cursor moved in one transaction, so a run stopped by a
 * restart resumes where it was and touches each household once.
 */
@Service
public class MatchingRuns implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MatchingRuns.class);
    private static final int BATCH = 100;

    private final MatchingRunMapper runs;
    private final Matching matching;
    private final HouseholdService households;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean background;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "matching-runs");
        thread.setDaemon(true);
        return thread;
    });

    MatchingRuns(MatchingRunMapper runs, Matching matching, HouseholdService households,
            PlatformTransactionManager transactionManager, Clock clock,
            @Value("${yangguang.verification.background-runs:true}") boolean background) {
        this.runs = runs;
        this.matching = matching;
        this.households = households;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.background = background;
    }

    /** Records a new run; it starts in the background (or waits for {@link #runNow} when background runs are off). */
    public MatchingRun start(String reason) {
        MatchingRunMapper.RunId id = new MatchingRunMapper.RunId();
        transactions.executeWithoutResult(tx -> runs.insert(id, reason, households.countOpen(), clock.instant()));
        if (background) {
            worker.submit(() -> runSafely(id.getValue()));
        }
        return runs.findById(id.getValue());
    }

    @TransactionalEventListener
    void afterImport(DepartmentDataImported imported) {
        start("import " + imported.source() + " #" + imported.batchId());
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        if (background) {
            for (MatchingRun run : runs.findRunning()) {
                worker.submit(() -> runSafely(run.runId()));
            }
        }
    }

    /** Runs (or resumes) a run to its end in the calling thread. */
    public MatchingRun runNow(long runId) {
        MatchingRun run = runs.findById(runId);
        long after = run.afterHouseholdId();
        List<Long> batch = households.openHouseholdsAfter(after, BATCH);
        while (!batch.isEmpty()) {
            List<Long> current = batch;
            transactions.executeWithoutResult(tx -> {
                int raised = 0;
                for (long householdId : current) {
                    raised += matching.match(householdId).size();
                }
                runs.advance(runId, current.get(current.size() - 1), current.size(), raised);
            });
            batch = households.openHouseholdsAfter(current.get(current.size() - 1), BATCH);
        }
        transactions.executeWithoutResult(tx -> runs.finish(runId, "DONE", clock.instant()));
        return runs.findById(runId);
    }

    public List<MatchingRun> recent() {
        return runs.findRecent(20);
    }

    private void runSafely(long runId) {
        try {
            runNow(runId);
        } catch (RuntimeException e) {
            log.error("Matching run {} stopped; it resumes at the next start", runId, e);
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}

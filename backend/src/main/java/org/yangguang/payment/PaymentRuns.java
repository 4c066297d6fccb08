package org.yangguang.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yangguang.common.NotFoundException;
import org.yangguang.common.Violations;
import org.yangguang.household.AllowanceHistory;
import org.yangguang.household.HouseholdService;
import org.yangguang.payment.internal.PaymentMapper;
import org.yangguang.region.RegionScope;
import org.yangguang.region.RegionService;

/**
 * Pays a county's month: the run is created once (a second request answers the same run), then
 * carried on batch by batch; each batch stores its lines and moves the cursor in one transaction,
 * so a run interrupted by an error or a crash is resumed by the next request for that month and
 * pays every household exactly once (also enforced by the database: one line per household and
 * month).
 */
@Service
public class PaymentRuns {

    private final PaymentMapper store;
    private final HouseholdService households;
    private final AllowanceHistory history;
    private final RegionService regions;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int batchSize;

    PaymentRuns(PaymentMapper store, HouseholdService households, AllowanceHistory history, RegionService regions,
            PlatformTransactionManager transactionManager, ApplicationEventPublisher events, Clock clock,
            @Value("${yangguang.payments.batch-size:200}") int batchSize) {
        this.store = store;
        this.households = households;
        this.history = history;
        this.regions = regions;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /**
     * The county's run of the month, carried to its end; {@code created} when this request started it.
     * Two requests for the same month at once: the unique (county, month) key lets one create the
     * run, the other finds it; then both carry it on under the run's row lock, so each batch is
     * paid by whichever holds the lock and the other continues after its cursor.
     */
    public Outcome pay(String countyCode, YearMonth month, String actor) {
        Violations.rejectIf(month.isAfter(YearMonth.now(clock).plusMonths(1)), "month", "payment.month.tooLate");
        PaymentRun run = store.findRunOf(countyCode, month.toString());
        boolean created = false;
        if (run == null) {
            try {
                run = transactions.execute(tx -> {
                    PaymentMapper.RunId id = new PaymentMapper.RunId();
                    store.insertRun(id, countyCode, month.toString(), actor, clock.instant());
                    events.publishEvent(new PaymentEvents.RunStarted(actor, id.getValue(), countyCode, month.toString()));
                    return store.findRun(id.getValue());
                });
                created = true;
            } catch (DuplicateKeyException startedMeanwhile) {
                run = store.findRunOf(countyCode, month.toString());
            }
        }
        return new Outcome(run.done() ? run : carryOn(run.runId(), actor), created);
    }

    public PaymentRun require(long runId, RegionScope readable) {
        PaymentRun run = store.findRun(runId);
        if (run == null || !readable.contains(run.countyCode())) {
            throw new NotFoundException("error.notFound");
        }
        return run;
    }

    public List<PaymentRun> of(String countyCode) {
        return store.findRuns(countyCode);
    }

    public List<PaymentLine> lines(long runId) {
        return store.findLines(runId);
    }

    private PaymentRun carryOn(long runId, String actor) {
        PaymentRun done = null;
        while (done == null) {
            done = transactions.execute(tx -> nextBatch(runId, actor));
        }
        return done;
    }

    /**
     * Under the run's row lock: pays the next batch after the cursor and answers null, or, with
     * nothing left, finishes the run and answers it (a run another request finished is answered as is).
     */
    private PaymentRun nextBatch(long runId, String actor) {
        PaymentRun run = store.lockRun(runId);
        if (run.done()) {
            return run;
        }
        RegionScope county = regions.require(run.countyCode()).scope();
        List<Long> batch = households.enrolledHouseholdsAfter(county, run.afterHouseholdId(), batchSize);
        if (!batch.isEmpty()) {
            payBatch(runId, YearMonth.parse(run.month()), batch);
            return null;
        }
        store.finish(runId, clock.instant());
        PaymentRun done = store.findRun(runId);
        events.publishEvent(new PaymentEvents.RunCompleted(actor, done.runId(), done.countyCode(), done.month(),
                done.households(), done.total()));
        return done;
    }

    private void payBatch(long runId, YearMonth month, List<Long> householdIds) {
        Map<Long, BigDecimal> amounts = history.amountsIn(householdIds, month);
        List<PaymentLine> lines = new ArrayList<>(householdIds.size());
        BigDecimal sum = BigDecimal.ZERO;
        for (long householdId : householdIds) {
            BigDecimal amount = amounts.get(householdId);
            if (amount != null && amount.signum() > 0) {
                lines.add(new PaymentLine(householdId, month.toString(), amount));
                sum = sum.add(amount);
            }
        }
        if (!lines.isEmpty()) {
            store.insertLines(runId, lines);
        }
        store.advance(runId, householdIds.get(householdIds.size() - 1), lines.size(), sum);
    }

    /** A run and whether the request created it (201) or found it (200). */
    public record Outcome(PaymentRun run, boolean created) {}
}

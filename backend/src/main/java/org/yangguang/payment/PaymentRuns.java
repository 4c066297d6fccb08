package org.yangguang.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
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

    /** The county's run of the month, carried to its end; {@code created} when this request started it. */
    public Outcome pay(String countyCode, YearMonth month, String actor) {
        Violations.rejectIf(month.isAfter(YearMonth.now(clock).plusMonths(1)), "month", "payment.month.tooLate");
        PaymentRun run = store.findRunOf(countyCode, month.toString());
        boolean created = run == null;
        if (created) {
            run = transactions.execute(tx -> {
                PaymentMapper.RunId id = new PaymentMapper.RunId();
                store.insertRun(id, countyCode, month.toString(), actor, clock.instant());
                events.publishEvent(new PaymentEvents.RunStarted(actor, id.getValue(), countyCode, month.toString()));
                return store.findRun(id.getValue());
            });
        }
        return new Outcome(run.done() ? run : carryOn(run, actor), created);
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

    private PaymentRun carryOn(PaymentRun run, String actor) {
        RegionScope county = regions.require(run.countyCode()).scope();
        YearMonth month = YearMonth.parse(run.month());
        List<Long> batch = households.enrolledHouseholdsAfter(county, run.afterHouseholdId(), batchSize);
        while (!batch.isEmpty()) {
            List<Long> current = batch;
            transactions.executeWithoutResult(tx -> payBatch(run.runId(), month, current));
            batch = households.enrolledHouseholdsAfter(county, current.get(current.size() - 1), batchSize);
        }
        return transactions.execute(tx -> {
            store.finish(run.runId(), clock.instant());
            PaymentRun done = store.findRun(run.runId());
            events.publishEvent(new PaymentEvents.RunCompleted(actor, done.runId(), done.countyCode(), done.month(),
                    done.households(), done.total()));
            return done;
        });
    }

    private void payBatch(long runId, YearMonth month, List<Long> householdIds) {
        Map<Long, BigDecimal> amounts = history.amountsIn(householdIds, month);
        int paid = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (long householdId : householdIds) {
            BigDecimal amount = amounts.get(householdId);
            if (amount != null && amount.signum() > 0) {
                store.insertLine(runId, new PaymentLine(householdId, month.toString(), amount));
                paid++;
                sum = sum.add(amount);
            }
        }
        store.advance(runId, householdIds.get(householdIds.size() - 1), paid, sum);
    }

    /** A run and whether the request created it (201) or found it (200). */
    public record Outcome(PaymentRun run, boolean created) {}
}

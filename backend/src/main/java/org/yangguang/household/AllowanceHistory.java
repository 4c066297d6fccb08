package org.yangguang.household;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.household.internal.AllowanceHistoryMapper;

/**
 * Month by month, what a household is entitled to: each change says from which month on the
 * amount holds. The amount of a month is that of the latest change not after it.
 */
@Service
public class AllowanceHistory {

    private final AllowanceHistoryMapper history;
    private final Clock clock;

    AllowanceHistory(AllowanceHistoryMapper history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    @Transactional
    public void record(long householdId, YearMonth from, BigDecimal amount, String reason, Long caseId) {
        history.insert(householdId, new AllowanceChange(from.toString(), amount.setScale(2), reason, caseId,
                clock.instant()));
    }

    public List<AllowanceChange> of(long householdId) {
        return history.findByHousehold(householdId);
    }

    /** For each household, the amount of the month by its history (households without one are absent). */
    public Map<Long, BigDecimal> amountsIn(List<Long> householdIds, YearMonth month) {
        if (householdIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, BigDecimal> amounts = new LinkedHashMap<>();
        for (AllowanceHistoryMapper.HouseholdChange change : history.findUpTo(householdIds, month.toString())) {
            amounts.put(change.householdId(), change.amount());
        }
        return amounts;
    }

    /** The amount the household was entitled to in the month by its history (zero before the first change). */
    public static BigDecimal amountIn(List<AllowanceChange> changes, YearMonth month) {
        BigDecimal amount = BigDecimal.ZERO.setScale(2);
        for (AllowanceChange change : changes) {
            if (!YearMonth.parse(change.month()).isAfter(month)) {
                amount = change.amount();
            }
        }
        return amount;
    }
}

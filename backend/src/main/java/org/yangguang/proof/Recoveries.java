package org.yangguang.proof;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.yangguang.household.AllowanceChange;
import org.yangguang.household.AllowanceHistory;

/**
 * Overpaid money, month by month: from the month the household stopped qualifying to the last
 * month paid, what the history says was paid minus what the household was entitled to.
 */
public final class Recoveries {

    private Recoveries() {}

    public static List<RecoveryLine> lines(List<AllowanceChange> history, YearMonth since, YearMonth lastPaid,
            BigDecimal entitled) {
        List<RecoveryLine> lines = new ArrayList<>();
        for (YearMonth month = since; !month.isAfter(lastPaid); month = month.plusMonths(1)) {
            BigDecimal paid = AllowanceHistory.amountIn(history, month);
            BigDecimal due = entitled.min(paid);
            lines.add(new RecoveryLine(month.toString(), paid, due.setScale(2), paid.subtract(due).setScale(2)));
        }
        return lines;
    }

    public static BigDecimal total(List<RecoveryLine> lines) {
        return lines.stream().map(RecoveryLine::overpaid).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}

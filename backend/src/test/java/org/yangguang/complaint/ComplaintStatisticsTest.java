package org.yangguang.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintStatisticsTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    void foundedRateCountsInvestigatedComplaintsAndAverageDaysCountAnsweredOnes() {
        ComplaintStatistics stats = ComplaintStatistics.of(List.of(
                complaint(ComplaintChannel.HOTLINE, "511999101001", true, 2),
                complaint(ComplaintChannel.HOTLINE, "511999101002", false, 4),
                complaint(ComplaintChannel.LETTER, "511999102001", null, -1)));

        assertThat(stats.total().received()).isEqualTo(3);
        assertThat(stats.total().foundedRate()).isEqualByComparingTo("0.5");
        assertThat(stats.total().averageDaysToAnswer()).isEqualByComparingTo("3.0");
        assertThat(stats.byChannel().get("HOTLINE").received()).isEqualTo(2);
        assertThat(stats.byChannel().get("LETTER").foundedRate()).isNull();
        assertThat(stats.byTownship().get("511999101000").founded()).isEqualTo(1);
        assertThat(stats.byTownship().get("511999102000").answered()).isZero();
    }

    private static Complaint complaint(ComplaintChannel channel, String region, Boolean founded, int daysToAnswer) {
        Instant closed = daysToAnswer < 0 ? null : T0.plus(Duration.ofDays(daysToAnswer));
        return new Complaint(1, "CODE", channel, true, null, null, null, null, null, null, region,
                InvestigatingLevel.TOWNSHIP, "x", closed == null ? ComplaintStatus.OPEN : ComplaintStatus.CLOSED,
                founded, null, null, false, null, T0, null, closed, "t");
    }
}

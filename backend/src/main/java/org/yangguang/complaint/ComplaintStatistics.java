package org.yangguang.complaint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yangguang.region.RegionCodes;

/**
 * Figures of a ledger: how many were received, the share found founded (of those with findings),
 * the average calendar days from receipt to answer (of those answered), by channel and by township.
 */
public record ComplaintStatistics(
        Figures total, Map<String, Figures> byChannel, Map<String, Figures> byTownship) {

    public record Figures(long received, long investigated, long founded, BigDecimal foundedRate, long answered,
            BigDecimal averageDaysToAnswer) {}

    public static ComplaintStatistics of(List<Complaint> complaints) {
        return new ComplaintStatistics(figures(complaints),
                grouped(complaints, c -> c.channel().name()),
                grouped(complaints, c -> RegionCodes.townshipOf(c.regionCode())));
    }

    private static Map<String, Figures> grouped(List<Complaint> complaints, Function<Complaint, String> key) {
        return complaints.stream().collect(Collectors.groupingBy(key, TreeMap::new,
                Collectors.collectingAndThen(Collectors.toList(), ComplaintStatistics::figures)));
    }

    static Figures figures(List<Complaint> complaints) {
        long investigated = complaints.stream().filter(c -> c.founded() != null).count();
        long founded = complaints.stream().filter(c -> Boolean.TRUE.equals(c.founded())).count();
        List<Complaint> answered = complaints.stream().filter(c -> c.closedAt() != null).toList();
        long answeredMinutes = answered.stream()
                .mapToLong(c -> Duration.between(c.receivedAt(), c.closedAt()).toMinutes())
                .sum();
        BigDecimal rate = investigated == 0 ? null
                : BigDecimal.valueOf(founded).divide(BigDecimal.valueOf(investigated), 4, RoundingMode.HALF_UP);
        BigDecimal days = answered.isEmpty() ? null
                : BigDecimal.valueOf(answeredMinutes)
                        .divide(BigDecimal.valueOf(answered.size() * 24L * 60L), 1, RoundingMode.HALF_UP);
        return new Figures(complaints.size(), investigated, founded, rate, answered.size(), days);
    }
}

package org.yangguang.support.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Latencies of repeated runs of one operation (warm-up first, then timed iterations) and the table
 * the benchmarks print: median, p95 and the ratio of each median to a baseline measured in the same run.
 */
public final class BenchmarkStats {

    /** The latencies of one operation, in nanoseconds. */
    public record Series(String name, long[] nanos) {

        public double medianMillis() {
            return percentileMillis(50);
        }

        public double p95Millis() {
            return percentileMillis(95);
        }

        /** Nearest-rank percentile of the sorted latencies, in milliseconds. */
        public double percentileMillis(int percent) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
        }
    }

    private final List<Series> rows = new ArrayList<>();

    /** Runs the operation {@code warmup} times untimed, then {@code iterations} times timed; adds the row. */
    public Series measure(String name, int warmup, int iterations, Supplier<?> operation) {
        for (int i = 0; i < warmup; i++) {
            consume(operation.get());
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long started = System.nanoTime();
            consume(operation.get());
            nanos[i] = System.nanoTime() - started;
        }
        Series series = new Series(name, nanos);
        rows.add(series);
        return series;
    }

    /** The table: one row per series, the ratio against the first series (the baseline) or the named one. */
    public String table(String title, Series baseline) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%nBENCHMARK %s%n", title));
        out.append(String.format("%-52s %8s %10s %10s %14s%n", "operation", "runs", "median ms", "p95 ms",
                "median ratio"));
        for (Series row : rows) {
            out.append(String.format("%-52s %8d %10.2f %10.2f %14s%n", row.name(), row.nanos().length,
                    row.medianMillis(), row.p95Millis(), row == baseline ? "1.00 (base)"
                            : String.format("%.2f", row.medianMillis() / baseline.medianMillis())));
        }
        return out.toString();
    }

    private static volatile int sink;

    private static void consume(Object result) {
        sink += result == null ? 0 : result.hashCode() & 1;
    }
}

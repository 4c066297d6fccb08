package org.yangguang.support.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs of one operation on a number of threads at once: a warm-up, then a fixed number of timed runs
 * shared by the threads (each takes the next one until all are taken). Keeps each run's latency
 * ({@link BenchmarkStats.Series}: median, p95) and the wall time, hence the rate in runs per second,
 * and prints the table of every row against the baseline row it names.
 */
public final class ConcurrentRuns {

    /** One row: the latencies of the timed runs, their wall time and the row it is compared with (null: a baseline). */
    public record Row(BenchmarkStats.Series latencies, int threads, long wallNanos, Row baseline) {

        public double perSecond() {
            return latencies.nanos().length * 1e9 / wallNanos;
        }

        public double medianRatio() {
            return baseline == null ? 1 : latencies.medianMillis() / baseline.latencies().medianMillis();
        }

        public double rateRatio() {
            return baseline == null ? 1 : perSecond() / baseline.perSecond();
        }
    }

    private final List<Row> rows = new ArrayList<>();

    /**
     * Runs the operation {@code warmup} times untimed, then {@code runs} times timed, on {@code threads}
     * threads; the operation gets the run's number (from 0, the warm-up's included) and throws to fail.
     */
    public Row measure(String name, int threads, int warmup, int runs, IntConsumer operation, Row baseline) {
        AtomicInteger numbers = new AtomicInteger();
        spread(threads, warmup, i -> operation.accept(numbers.getAndIncrement()));
        long[] nanos = new long[runs];
        long started = System.nanoTime();
        spread(threads, runs, i -> {
            long begun = System.nanoTime();
            operation.accept(numbers.getAndIncrement());
            nanos[i] = System.nanoTime() - begun;
        });
        Row row = new Row(new BenchmarkStats.Series(name, nanos), threads, System.nanoTime() - started, baseline);
        rows.add(row);
        return row;
    }

    /** Runs {@code count} operations (given their index) on {@code threads} threads; fails with the first failure. */
    private static void spread(int threads, int count, IntConsumer operation) {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        operation.accept(i);
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a run failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The table: one row per measurement, the ratios against the row's own baseline. */
    public String table(String title) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%nBENCHMARK %s%n", title));
        out.append(String.format("%-52s %7s %6s %10s %10s %9s %13s %14s%n", "operation", "threads", "runs", "median ms",
                "p95 ms", "runs/s", "median ratio", "runs/s ratio"));
        for (Row row : rows) {
            BenchmarkStats.Series series = row.latencies();
            out.append(String.format("%-52s %7d %6d %10.2f %10.2f %9.1f %13s %14s%n", series.name(), row.threads(),
                    series.nanos().length, series.medianMillis(), series.p95Millis(), row.perSecond(),
                    row.baseline() == null ? "1.00 (base)" : String.format("%.2f", row.medianRatio()),
                    row.baseline() == null ? "1.00 (base)" : String.format("%.2f", row.rateRatio())));
        }
        return out.toString();
    }
}

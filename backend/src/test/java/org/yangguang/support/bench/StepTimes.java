package org.yangguang.support.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * The latencies of the steps inside a measured operation, per column (one column per measured row,
 * e.g. "base 1t"), from any number of threads; printed as one line per step with its median in each
 * column, so that a row's difference from its baseline can be read step by step.
 */
public final class StepTimes {

    private final Map<String, Map<String, Queue<Long>>> columns = new LinkedHashMap<>();
    private final Set<String> steps = new LinkedHashSet<>();
    private volatile Map<String, Queue<Long>> current = new ConcurrentHashMap<>();

    /** From now on steps are recorded in this column. */
    public synchronized void column(String name) {
        current = new ConcurrentHashMap<>();
        columns.put(name, current);
    }

    /** Runs the call; its latency goes to the current column under {@code step} when {@code record}. */
    public <T> T time(String step, boolean record, Supplier<T> call) {
        long started = System.nanoTime();
        T result = call.get();
        if (record) {
            current.computeIfAbsent(step, s -> {
                synchronized (this) {
                    steps.add(s);
                }
                return new ConcurrentLinkedQueue<>();
            }).add(System.nanoTime() - started);
        }
        return result;
    }

    public void time(String step, boolean record, Runnable call) {
        time(step, record, () -> {
            call.run();
            return null;
        });
    }

    public synchronized String table(String title) {
        StringBuilder out = new StringBuilder(String.format("%nBENCHMARK %s, median ms per step%n", title));
        out.append(String.format("%-40s", "step"));
        columns.keySet().forEach(c -> out.append(String.format(" %14s", c)));
        out.append('\n');
        for (String step : steps) {
            out.append(String.format("%-40s", step));
            for (Map<String, Queue<Long>> column : columns.values()) {
                Queue<Long> nanos = column.get(step);
                out.append(nanos == null ? String.format(" %14s", "-")
                        : String.format(" %14.2f", new BenchmarkStats.Series(step, toArray(nanos)).medianMillis()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static long[] toArray(Queue<Long> nanos) {
        List<Long> copy = new ArrayList<>(nanos);
        return copy.stream().mapToLong(Long::longValue).toArray();
    }
}

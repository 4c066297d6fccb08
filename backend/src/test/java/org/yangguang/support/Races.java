package org.yangguang.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Runs requests on their own threads, all released by one barrier, and answers their results in order. */
public final class Races {

    private static final long TIMEOUT_SECONDS = 120;

    private Races() {}

    @SafeVarargs
    public static <T> List<T> atOnce(Supplier<T>... contenders) {
        CyclicBarrier start = new CyclicBarrier(contenders.length);
        ExecutorService threads = Executors.newFixedThreadPool(contenders.length);
        try {
            List<Future<T>> results = new ArrayList<>();
            for (Supplier<T> contender : contenders) {
                results.add(threads.submit(() -> {
                    start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    return contender.get();
                }));
            }
            List<T> answers = new ArrayList<>();
            for (Future<T> result : results) {
                answers.add(result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return answers;
        } catch (ExecutionException e) {
            throw new AssertionError("a contender failed", e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("a contender did not finish within " + TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            threads.shutdownNow();
        }
    }
}

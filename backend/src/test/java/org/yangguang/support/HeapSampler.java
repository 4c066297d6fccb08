package org.yangguang.support;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/** For the benchmarks: samples the used heap every 20 ms and keeps the largest value. */
public final class HeapSampler extends Thread {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private volatile boolean running = true;

    public HeapSampler() {
        setDaemon(true);
    }

    @Override
    public void run() {
        while (running) {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    public void finish() throws InterruptedException {
        running = false;
        join();
    }

    public long peak() {
        return peak.get();
    }
}

package org.yangguang.verification.data;

import java.util.concurrent.atomic.AtomicInteger;

/** Rows read so far and the rows expected (an estimate until the file has been read). */
public final class ImportProgress {

    private final AtomicInteger processed = new AtomicInteger();
    private volatile int total;

    public ImportProgress(int estimatedTotal) {
        this.total = estimatedTotal;
    }

    void rowRead() {
        int now = processed.incrementAndGet();
        if (now > total) {
            total = now;
        }
    }

    void finished() {
        total = processed.get();
    }

    public int processed() {
        return processed.get();
    }

    public int total() {
        return total;
    }
}

package org.yangguang.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the end-to-end tests: the whole application on a random port, on H2 (profile {@code it})
 * or on MySQL/MariaDB (profiles {@code mysql,it-mysql}), driven over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    protected int port;

    protected ApiClient anonymous() {
        return new ApiClient(port);
    }

    protected ApiClient as(String username) {
        return new ApiClient(port).login(username);
    }

    /** A name no other test uses, for records a test creates (the database is shared by all tests of a run). */
    protected static String unique(String prefix) {
        return prefix + System.nanoTime() % 1_000_000 + SEQUENCE.incrementAndGet();
    }
}

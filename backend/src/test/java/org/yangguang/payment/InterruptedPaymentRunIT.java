package org.yangguang.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;
import org.yangguang.household.AllowanceHistory;
import org.yangguang.payment.internal.PaymentMapper;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;

/**
 * A payment run interrupted half-way by an exception on one household's line (batches of one
 * household, so the failing statement holds its line alone): the households before it stay paid, and the rerun pays the rest, each exactly once.
 */
@TestPropertySource(properties = "yangguang.payments.batch-size=1")
class InterruptedPaymentRunIT extends ApiIT {

    private static final String MONTH = "2023-11";
    static final AtomicLong FAIL_ON_HOUSEHOLD = new AtomicLong(-1);

    @Autowired
    ProcessEngine engine;

    @Autowired
    AllowanceHistory history;

    @Test
    void theRerunPaysEachHouseholdExactlyOnce() {
        long first = enrolled();
        long second = enrolled();
        long third = enrolled();
        ApiClient county = as("county");
        FAIL_ON_HOUSEHOLD.set(second);

        ApiClient.Response interrupted = county.post("/api/payments/runs", Map.of("month", MONTH));

        assertThat(interrupted.status()).isEqualTo(500);
        assertThat(FAIL_ON_HOUSEHOLD.get()).as("the fault fired").isEqualTo(-1);
        ApiClient.Response rerun = county.post("/api/payments/runs", Map.of("month", MONTH));
        assertThat(rerun.status()).as(rerun.body()).isEqualTo(200);
        assertThat(rerun.json().get("status").asText()).isEqualTo("DONE");
        Map<Long, String> lines = PaymentRunsIT.lines(county, rerun.json().get("runId").asLong());
        assertThat(lines).containsEntry(first, "865.00").containsEntry(second, "865.00").containsEntry(third, "865.00");
        assertThat(rerun.json().get("households").asInt()).isEqualTo(lines.size());
    }

    private long enrolled() {
        return PaidHouseholds.enrolledSince(port, engine, history, YearMonth.parse("2023-01"));
    }

    /** Wraps the payment mapper: the line of the chosen household fails once, as a crash on that row would. */
    @TestConfiguration
    static class FaultOnOneLine {

        @Bean
        static BeanPostProcessor failingPaymentLine() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof PaymentMapper mapper)) {
                        return bean;
                    }
                    return Proxy.newProxyInstance(PaymentMapper.class.getClassLoader(), new Class<?>[] {PaymentMapper.class},
                            (proxy, method, args) -> {
                                if (method.getName().equals("insertLines") && ((List<?>) args[1]).stream()
                                        .anyMatch(l -> ((PaymentLine) l).householdId() == FAIL_ON_HOUSEHOLD.get())) {
                                    FAIL_ON_HOUSEHOLD.set(-1);
                                    throw new IllegalStateException("fault injected on one payment line");
                                }
                                try {
                                    return method.invoke(mapper, args);
                                } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                }
                            });
                }
            };
        }
    }
}

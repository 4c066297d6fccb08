package org.yangguang.common;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application, in the county's time zone (business dates are local dates
 * there). It reads the engine's clock, so that the application's deadlines and the engine's
 * timers always agree, also when a test moves time forward.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    Clock clock(@Value("${yangguang.time-zone:Asia/Shanghai}") String zone) {
        return new EngineClock(ZoneId.of(zone));
    }

    /** A {@link Clock} over Camunda's {@link ClockUtil}. */
    static final class EngineClock extends Clock {

        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId otherZone) {
            return new EngineClock(otherZone);
        }

        @Override
        public Instant instant() {
            return ClockUtil.now().toInstant();
        }
    }
}

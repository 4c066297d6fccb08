package org.yangguang.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yangguang.support.ApiIT;

/** Camunda's history cleanup is scheduled, and only inside the nightly window of application.yml. */
class HistoryCleanupWindowIT extends ApiIT {

    @Autowired
    HistoryService history;

    @Test
    void theCleanupJobIsDueInsideTheNightlyWindow() {
        List<Job> jobs = history.findHistoryCleanupJobs();
        assertThat(jobs).as("the engine schedules its cleanup job when a window is set").isNotEmpty();
        for (Job job : jobs) {
            int hour = ZonedDateTime.ofInstant(job.getDuedate().toInstant(), ZoneId.of("Asia/Shanghai")).getHour();
            assertThat(hour >= 20 || hour < 6).as("due at %s (Beijing time)", job.getDuedate()).isTrue();
        }
    }
}

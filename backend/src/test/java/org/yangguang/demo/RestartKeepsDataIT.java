package org.yangguang.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.yangguang.YangguangApplication;
import org.yangguang.identity.OfficerDraft;
import org.yangguang.identity.OfficerService;
import org.yangguang.identity.Role;

/** The run command twice on the same ./data: the second start keeps what the first stored. */
class RestartKeepsDataIT {

    @TempDir
    Path dataDir;

    @Test
    void aSecondStartKeepsTheDataOfTheFirst() {
        try (ConfigurableApplicationContext first = start()) {
            OfficerService officers = first.getBean(OfficerService.class);
            assertThat(officers.list()).hasSize(12);
            officers.create(new OfficerDraft("kept-1", "保留测试", Role.VILLAGE, "511999101002", true, "Kept#Pass1"), "test");
        }
        assertThat(Files.exists(dataDir.resolve("yangguang.mv.db"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            OfficerService officers = second.getBean(OfficerService.class);
            assertThat(officers.list()).hasSize(13);
            assertThat(officers.require("kept-1").displayName()).isEqualTo("保留测试");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(YangguangApplication.class)
                .run(
                        "--spring.profiles.active=default",
                        "--server.port=0",
                        "--yangguang.data-dir=" + dataDir,
                        "--spring.datasource.url=jdbc:h2:file:" + dataDir + "/yangguang;DB_CLOSE_ON_EXIT=FALSE",
                        "--camunda.bpm.job-execution.enabled=false");
    }
}

package org.yangguang.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * Every bundle named in {@code spring.messages.basename} exists in both languages. A name without a
 * file is not an error to Spring: it looks for the file again at every message it cannot find
 * elsewhere, throws and logs a warning each time (a 100,000-row roster export spent most of its time
 * there).
 */
class MessageBundlesTest {

    @Test
    void everyBasenameHasItsChineseAndEnglishFile() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        List<String> basenames = Arrays.stream(yaml.getObject().getProperty("spring.messages.basename").split(","))
                .map(String::trim)
                .toList();

        assertThat(basenames).hasSizeGreaterThan(10);
        assertThat(basenames).allSatisfy(name -> {
            assertThat(new ClassPathResource(name + ".properties").exists()).as(name + ".properties").isTrue();
            assertThat(new ClassPathResource(name + "_en.properties").exists()).as(name + "_en.properties").isTrue();
        });
    }
}

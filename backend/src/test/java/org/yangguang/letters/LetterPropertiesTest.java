package org.yangguang.letters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class LetterPropertiesTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(LetterConfig.class);

    @Test
    void theDemoCountysValuesAreTheDefaults() {
        context.run(started -> assertThat(started.getBean(LetterProperties.class))
                .isEqualTo(new LetterProperties("阳光县民政局", "阳光县人民政府", 60, "阳光县人民法院", 6)));
    }

    @Test
    void aCountyOverridesThemInItsOwnConfiguration() {
        context.withPropertyValues("yangguang.letters.court=青山区人民法院", "yangguang.letters.review-days=90")
                .run(started -> {
                    LetterProperties properties = started.getBean(LetterProperties.class);
                    assertThat(properties.court()).isEqualTo("青山区人民法院");
                    assertThat(properties.reviewDays()).isEqualTo(90);
                    assertThat(properties.bureau()).isEqualTo("阳光县民政局");
                });
    }
}

package org.yangguang.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class HouseholdMessagesTest {

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("i18n/household.properties").stringPropertyNames())
                .isNotEmpty()
                .isEqualTo(load("i18n/household_en.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheRulesUseHasATextInBothLanguages() throws IOException {
        Properties chinese = load("i18n/household.properties");
        HouseholdRulesTest.brokenRules()
                .map(arguments -> (String) arguments.get()[3])
                .forEach(key -> assertThat(chinese).as(key).containsKey(key));
    }

    @Test
    void limitsAreFilledIntoTheTexts() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/household");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        assertThat(messages.getMessage("household.money.tooLarge", new Object[] {MoneyRules.CEILING}, Locale.ENGLISH))
                .isEqualTo("The amount must be below 10,000,000 yuan");
        assertThat(messages.getMessage("household.address.tooLong", new Object[] {200}, Locale.CHINA))
                .isEqualTo("家庭住址不能超过200个字");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                HouseholdMessagesTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

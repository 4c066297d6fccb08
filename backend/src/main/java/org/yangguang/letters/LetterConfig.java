package org.yangguang.letters;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * Loads the letter defaults from their own file, so that the shared {@code application.yml}
 * stays untouched. A {@code @PropertySource} ranks below {@code application.yml} and the
 * environment, so a county overrides any value there ({@code YANGGUANG_LETTERS_COURT=…}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LetterProperties.class)
@PropertySource(value = "classpath:letters/letters.properties", encoding = "UTF-8")
class LetterConfig {}

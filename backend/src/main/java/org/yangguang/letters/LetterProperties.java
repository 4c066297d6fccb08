package org.yangguang.letters;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The county's values in its letters ({@code yangguang.letters.*}): the bureau that decides, the
 * body that hears an administrative review and within how many days, the court and within how
 * many months. Defaults for the demo county are in {@code letters/letters.properties}.
 */
@Validated
@ConfigurationProperties("yangguang.letters")
public record LetterProperties(
        @NotBlank String bureau,
        @NotBlank String reviewBody,
        @Min(1) int reviewDays,
        @NotBlank String court,
        @Min(1) int litigationMonths) {}

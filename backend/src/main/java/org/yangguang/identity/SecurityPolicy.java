package org.yangguang.identity;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Login and password rules, from configuration ({@code yangguang.security.*}) so that a county can
 * tighten them without a code change.
 */
@Validated
@ConfigurationProperties("yangguang.security")
public record SecurityPolicy(Lockout lockout, Password password) {

    /** Consecutive failures that lock an account, and for how long. */
    public record Lockout(@Min(1) int maxFailures, Duration duration) {}

    /** Minimum length, and how many of the four classes (upper, lower, digit, symbol) a password needs. */
    public record Password(@Min(1) int minLength, @Min(1) int minClasses) {}
}

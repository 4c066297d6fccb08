package org.yangguang.identity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Passwords that everybody knows (the demo password of the stable interface): where {@code enforced}
 * (the {@code production} profile), an officer who signs in with one must choose a new password
 * before anything else, and HTTP Basic and Camunda's webapps refuse it outright.
 */
@ConfigurationProperties("yangguang.security.password-change")
public record PasswordChangePolicy(boolean enforced, List<String> knownPasswords) {

    public PasswordChangePolicy {
        knownPasswords = knownPasswords == null ? List.of() : List.copyOf(knownPasswords);
    }

    /** Whether an officer who presented this (correct) password must change it first. */
    public boolean requiredFor(String password) {
        return enforced && password != null && knownPasswords.contains(password);
    }
}

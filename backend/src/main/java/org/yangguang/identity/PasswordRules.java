package org.yangguang.identity;

import org.springframework.stereotype.Component;
import org.yangguang.common.Violations;

/** Checks a new password against the configured length and character-class rules. */
@Component
public class PasswordRules {

    private final SecurityPolicy.Password policy;

    PasswordRules(SecurityPolicy policy) {
        this.policy = policy.password();
    }

    public void check(String field, String password, Violations violations) {
        if (password == null || password.length() < policy.minLength()) {
            violations.add(field, "password.tooShort", policy.minLength());
        } else if (characterClasses(password) < policy.minClasses()) {
            violations.add(field, "password.tooSimple", policy.minClasses());
        }
    }

    /** Upper-case, lower-case, digit, and everything else (punctuation, and letters without case such as 汉字). */
    static int characterClasses(String password) {
        boolean upper = password.chars().anyMatch(Character::isUpperCase);
        boolean lower = password.chars().anyMatch(Character::isLowerCase);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        boolean symbol = password.chars()
                .anyMatch(c -> !Character.isUpperCase(c) && !Character.isLowerCase(c) && !Character.isDigit(c));
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}

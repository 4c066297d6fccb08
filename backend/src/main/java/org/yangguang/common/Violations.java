package org.yangguang.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every rule a request breaks, so the caller hears of all of them at once
 * (一次性告知), then throws one {@link InvalidInputException}.
 */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    public Violations add(String field, String messageKey, Object... args) {
        found.add(new Violation(field, messageKey, args));
        return this;
    }

    public Violations addIf(boolean broken, String field, String messageKey, Object... args) {
        return broken ? add(field, messageKey, args) : this;
    }

    /** Adds another collection's violations with their fields nested under {@code prefix}. */
    public Violations addNested(String prefix, Violations other) {
        other.found.forEach(v -> found.add(new Violation(prefix + "." + v.field(), v.messageKey(), v.args())));
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }

    /** Like {@link #throwIfAny()} with another status: 409 for clashes with stored data, 422 for rules of the case. */
    public void throwIfAny(org.springframework.http.HttpStatus status) {
        if (!found.isEmpty()) {
            throw new InvalidInputException(status, found);
        }
    }

    public static void reject(String field, String messageKey, Object... args) {
        new Violations().add(field, messageKey, args).throwIfAny();
    }

    public static void rejectIf(boolean broken, String field, String messageKey, Object... args) {
        new Violations().addIf(broken, field, messageKey, args).throwIfAny();
    }
}

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

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }

    public static void reject(String field, String messageKey, Object... args) {
        new Violations().add(field, messageKey, args).throwIfAny();
    }

    public static void rejectIf(boolean broken, String field, String messageKey, Object... args) {
        new Violations().addIf(broken, field, messageKey, args).throwIfAny();
    }
}

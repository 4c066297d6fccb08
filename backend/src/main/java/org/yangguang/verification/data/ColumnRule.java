package org.yangguang.verification.data;

import java.util.List;

/**
 * One required column of a source: its header name, how it is checked, whether a value is
 * needed, the values allowed (for a choice) and an example value for the template.
 */
record ColumnRule(String name, ColumnKind kind, boolean required, List<String> choices, String example) {

    static ColumnRule required(String name, ColumnKind kind, String example) {
        return new ColumnRule(name, kind, true, List.of(), example);
    }

    static ColumnRule optional(String name, ColumnKind kind, String example) {
        return new ColumnRule(name, kind, false, List.of(), example);
    }

    static ColumnRule choice(String name, String... choices) {
        return new ColumnRule(name, ColumnKind.CHOICE, true, List.of(choices), choices[0]);
    }
}

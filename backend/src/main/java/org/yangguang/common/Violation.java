package org.yangguang.common;

/** One field that failed a rule: the JSON path of the field and the message key of the rule. */
public record Violation(String field, String messageKey, Object... args) {}

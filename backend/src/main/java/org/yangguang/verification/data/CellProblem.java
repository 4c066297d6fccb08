package org.yangguang.verification.data;

/** A cell that breaks its column's rule: the column's header name and the message key (import.cell.*). */
record CellProblem(String column, String messageKey, Object... args) {}

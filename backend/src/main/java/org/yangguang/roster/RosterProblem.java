package org.yangguang.roster;

/** A refused cell: spreadsheet row (header = 1), column header, message key and its arguments. */
record RosterProblem(int row, String column, String messageKey, Object... args) {}

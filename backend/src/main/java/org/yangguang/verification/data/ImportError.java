package org.yangguang.verification.data;

/** A refused cell: the spreadsheet row (header = 1), the column's header name, and why (in the caller's language). */
public record ImportError(Integer row, String column, String message) {}

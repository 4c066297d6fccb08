package org.yangguang.excel;

/** How a column's values are written and formatted. */
public enum ColumnType {
    /** Text as is; a value starting with =, +, - or @ is quote-prefixed so it is never a formula. */
    TEXT,
    /** Whole numbers. */
    INTEGER,
    /** Yuan with two decimals and thousands separators. */
    MONEY,
    /** A percentage given in percent (16.67 for 16.67%). */
    PERCENT,
    /** A {@link java.time.LocalDate}, or text yyyy-MM-dd / yyyy-MM. */
    DATE,
    /** An {@link java.time.Instant} or {@link java.time.LocalDateTime}, shown in the county's time zone. */
    DATE_TIME
}

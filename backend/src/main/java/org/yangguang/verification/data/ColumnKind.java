package org.yangguang.verification.data;

/** How a column's cells are checked (docs/department-data.md lists the formats). */
enum ColumnKind {
    /** A resident ID number (GB 11643: 18 characters, real birth date, check character). */
    ID_NUMBER,
    /** Free text. */
    TEXT,
    /** A date {@code yyyy-MM-dd}. */
    DATE,
    /** A date {@code yyyy-MM-dd} not after today. */
    PAST_DATE,
    /** Yuan: a non-negative decimal with at most two places. */
    MONEY,
    /** A non-negative decimal with at most two places (square metres). */
    DECIMAL,
    /** A four-digit year not after this year. */
    YEAR,
    /** One of a fixed list of values. */
    CHOICE,
    /** The 12-digit code of an existing administrative region. */
    REGION
}

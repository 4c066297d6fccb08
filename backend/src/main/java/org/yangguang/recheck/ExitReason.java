package org.yangguang.recheck;

/** Why an allowance stops (api.md, {@code recheckDecision}). */
public enum ExitReason {
    DEATH,
    INCOME_ABOVE_LINE,
    ASSETS_OVER_LIMIT,
    MOVED_AWAY,
    REFUSED_COOPERATION,
    FRAUD,
    RELATIVE_NOT_QUALIFYING,
    VOLUNTARY,
    OTHER
}

package org.yangguang.recheck;

/** How a re-check ended: the township's decision, with a stop for income from work becoming a gradual exit. */
public enum RecheckOutcome {
    CONTINUE,
    INCREASE,
    REDUCE,
    STOP,
    GRADUAL_EXIT
}

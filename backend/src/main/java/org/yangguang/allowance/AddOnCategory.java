package org.yangguang.allowance;

/**
 * Categories of members who receive an add-on (分类施保). What the rule's {@code threshold} means
 * depends on the category.
 */
public enum AddOnCategory {
    /** Members aged at least {@code threshold} completed years. */
    ELDERLY,
    /** Members younger than {@code threshold} completed years. */
    MINOR,
    /** Members with a disability grade from 1 up to {@code threshold} (1 is the most severe). */
    SEVERE_DISABILITY,
    /** Members with a listed serious illness; no threshold. */
    SERIOUS_ILLNESS;

    public boolean usesThreshold() {
        return this != SERIOUS_ILLNESS;
    }
}

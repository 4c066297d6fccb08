package org.yangguang.household;

/** Identity category of a member (身份类别), as the statistics tables count them. */
public enum IdentityCategory {
    EMPLOYED,
    LAID_OFF,
    UNEMPLOYED,
    RETIRED,
    THREE_NO,
    STUDENT,
    OTHER
}

package org.yangguang.household;

/** A member's relation to the head of household (与户主关系). */
public enum Relation {
    HEAD,
    SPOUSE,
    CHILD,
    PARENT,
    GRANDCHILD,
    SIBLING,
    OTHER
}

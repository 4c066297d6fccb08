package org.yangguang.household;

/** Derived from the 17th digit of the ID number: odd male, even female. */
public enum Gender {
    MALE,
    FEMALE
}

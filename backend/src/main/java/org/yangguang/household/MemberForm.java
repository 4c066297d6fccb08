package org.yangguang.household;

/** A household member as sent by the caller. {@code disabilityGrade} 0 means none, 1–4 the grade. */
public record MemberForm(
        String name,
        String idNumber,
        Relation relation,
        IdentityCategory identityCategory,
        Integer disabilityGrade,
        Boolean seriousIllness,
        Boolean ableToWork) {}

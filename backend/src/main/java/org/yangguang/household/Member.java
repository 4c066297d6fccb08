package org.yangguang.household;

import java.time.LocalDate;

/** A stored member; gender and birth date derived from the ID number. */
public record Member(
        String name,
        String idNumber,
        Relation relation,
        IdentityCategory identityCategory,
        int disabilityGrade,
        boolean seriousIllness,
        boolean ableToWork,
        Gender gender,
        LocalDate birthDate) {}

package org.yangguang.roster;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.yangguang.household.IdentityCategory;
import org.yangguang.household.Relation;

/** One person of the roster as read; the household's amount and start month are null where left empty. */
record RosterRow(
        int rowNumber,
        String regionCode,
        String householdNo,
        String name,
        String idNumber,
        Relation relation,
        IdentityCategory category,
        int disabilityGrade,
        boolean seriousIllness,
        BigDecimal amount,
        YearMonth startMonth) {}

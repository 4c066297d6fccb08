package org.yangguang.roster;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** The rows of one 户编号: the household to enrol, its amount and first month from the head's row. */
record RosterHousehold(String householdNo, String regionCode, List<RosterRow> members, BigDecimal amount,
        YearMonth startMonth) {}

package org.yangguang.letters;

import java.time.LocalDate;
import java.util.List;

/**
 * A stop or reduction of the allowance: {@code stop} decides the wording (停发 or 减发), {@code
 * recovery} is the sentence about overpaid money (empty when none), amounts are decimal strings.
 */
public record DecisionLetter(
        String caseId, String householdHead, String villageName, String townshipName, boolean stop,
        List<String> reasons, String effectiveMonth, String newAmount, String recovery, LocalDate decidedOn) {}

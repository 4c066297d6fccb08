package org.yangguang.household;

import java.math.BigDecimal;

/** A person with a legal duty of support living elsewhere (赡养/抚养/扶养义务人), and their household's income. */
public record SupporterForm(
        String name,
        String idNumber,
        String relation,
        Integer householdSize,
        BigDecimal householdMonthlyIncome,
        BigDecimal monthlySupport) {}

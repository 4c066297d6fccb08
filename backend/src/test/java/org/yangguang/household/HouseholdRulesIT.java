package org.yangguang.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.yangguang.common.InvalidInputException;
import org.yangguang.common.Violation;
import org.yangguang.common.Violations;
import org.yangguang.support.ApiIT;

/** The rules as the application wires them: its clock, and texts from the application's messages. */
class HouseholdRulesIT extends ApiIT {

    @Autowired
    HouseholdRules rules;

    @Autowired
    MessageSource messages;

    @Test
    void aBrokenFormIsExplainedInBothLanguages() {
        Households household = new Households();
        household.members.get(0).relation = Relation.CHILD;
        household.incomes.set(0, new IncomeForm(Households.HEAD_ID, IncomeType.WAGE, new BigDecimal("-1"), null));
        Violations violations = new Violations();
        rules.check(household.build(), violations);

        assertThatThrownBy(violations::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("members", "incomes[0].monthlyAmount");
            assertThat(e.violations()).allSatisfy(v -> {
                assertThat(text(v, Locale.CHINA)).doesNotStartWith("household.");
                assertThat(text(v, Locale.ENGLISH)).doesNotStartWith("household.");
            });
            assertThat(text(e.violations().get(0), Locale.CHINA)).isEqualTo("家庭成员中须有一名户主");
            assertThat(text(e.violations().get(1), Locale.ENGLISH)).isEqualTo("The amount may not be negative");
        });
    }

    private String text(Violation violation, Locale locale) {
        return messages.getMessage(violation.messageKey(), violation.args(), violation.messageKey(), locale);
    }
}

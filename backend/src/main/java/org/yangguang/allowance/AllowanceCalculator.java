package org.yangguang.allowance;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The 补差 calculation of a household under the rules of its county and area in force on
 * {@code input.asOf()}. Reasons are written in Chinese unless another language is asked for, so
 * that a stored assessment reads the same whoever triggered it.
 */
@Service
public class AllowanceCalculator {

    private final AllowancePolicies policies;
    private final MessageSource messages;

    AllowanceCalculator(AllowancePolicies policies, MessageSource messages) {
        this.policies = policies;
        this.messages = messages;
    }

    public Assessment assess(AllowanceInput input) {
        return assess(input, Locale.SIMPLIFIED_CHINESE);
    }

    public Assessment assess(AllowanceInput input, Locale locale) {
        String countyCode = CountyCodes.countyOf(input.regionCode());
        AllowanceRules rules = policies.validOn(countyCode, Area.of(input.regionKind()), input.asOf());
        return new AllowanceArithmetic(new ReasonTexts(messages, locale)).assess(input, rules);
    }
}

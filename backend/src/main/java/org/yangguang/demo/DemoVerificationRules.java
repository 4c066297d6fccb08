package org.yangguang.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.verification.VerificationRules;
import org.yangguang.verification.VerificationRules.RuleDraft;
import org.yangguang.verification.WarningCode;

/**
 * The demo county's verification rules (the county checks and adjusts them): financial assets
 * above 12 months of the standard per member; any vehicle but a mobility or farm vehicle; more
 * than one residence; an active business; taxed income above 12 months of the standard; a social
 * insurance base above the standard; deaths, imprisonments, officials and undeclared relatives.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "yangguang.demo-data.enabled", havingValue = "true")
class DemoVerificationRules implements ApplicationRunner {

    private static final String COUNTY = "511999000000";
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    private final VerificationRules rules;

    DemoVerificationRules(VerificationRules rules) {
        this.rules = rules;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!rules.isEmpty()) {
            return;
        }
        List.of(
                        rule(WarningCode.FINANCIAL_ASSETS, "12", null),
                        rule(WarningCode.VEHICLE, null, "残疾人机动轮椅车,农用车"),
                        rule(WarningCode.REAL_ESTATE, "1", null),
                        rule(WarningCode.BUSINESS, null, null),
                        rule(WarningCode.INCOME_TAX, "12", null),
                        rule(WarningCode.SOCIAL_INSURANCE, "1", null),
                        rule(WarningCode.DEATH, null, null),
                        rule(WarningCode.IMPRISONMENT, null, null),
                        rule(WarningCode.OFFICIAL, null, null),
                        rule(WarningCode.UNREGISTERED_RELATIVE, null, null))
                .forEach(draft -> rules.add(COUNTY, draft, "demo-data"));
    }

    private static RuleDraft rule(WarningCode code, String threshold, String parameter) {
        return new RuleDraft(code, threshold == null ? null : new BigDecimal(threshold), parameter, FROM);
    }
}

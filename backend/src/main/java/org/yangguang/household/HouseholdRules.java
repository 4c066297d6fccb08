package org.yangguang.household;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.yangguang.common.Violations;
import org.yangguang.region.RegionCodes;

/**
 * Checks a declared household and reports every broken rule at once, each on the JSON path of
 * its field ({@code members[1].idNumber}, {@code incomes[0].monthlyAmount}). Message keys live in
 * {@code i18n/household*.properties}.
 */
@Component
public class HouseholdRules {

    static final int ADDRESS_MAX = 200;
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{7,20}");
    private static final Pattern BANK_ACCOUNT = Pattern.compile("[0-9 ]+");
    private static final int PHONE_MIN_DIGITS = 7;
    private static final int BANK_MIN_DIGITS = 10;
    private static final int BANK_MAX_DIGITS = 30;

    private final Clock clock;

    /** For use outside Spring: ID birth dates are judged against today's date in China. */
    public HouseholdRules() {
        this(Clock.system(ZoneId.of("Asia/Shanghai")));
    }

    @Autowired
    public HouseholdRules(Clock clock) {
        this.clock = clock;
    }

    public void check(HouseholdForm form, Violations violations) {
        LocalDate today = LocalDate.now(clock);
        checkHousehold(form, violations);
        Set<String> memberIds = MemberRules.check(form.members(), today, violations);
        ItemRules.checkIncomes(orEmpty(form.incomes()), memberIds, violations);
        ItemRules.checkAssets(orEmpty(form.assets()), memberIds, violations);
        ItemRules.checkSupporters(orEmpty(form.supporters()), memberIds, today, violations);
    }

    private static void checkHousehold(HouseholdForm form, Violations violations) {
        violations.addIf(!RegionCodes.isWellFormed(form.regionCode()), "regionCode", "household.regionCode.format");
        if (isBlank(form.address())) {
            violations.add("address", "household.address.required");
        } else {
            violations.addIf(length(form.address()) > ADDRESS_MAX, "address", "household.address.tooLong", ADDRESS_MAX);
        }
        if (!isBlank(form.phone())) {
            String phone = form.phone().strip();
            boolean wellFormed = PHONE.matcher(phone).matches() && digits(phone) >= PHONE_MIN_DIGITS;
            violations.addIf(!wellFormed, "phone", "household.phone.format");
        }
        if (!isBlank(form.bankAccount())) {
            String account = form.bankAccount().strip();
            int digits = digits(account);
            boolean wellFormed = BANK_ACCOUNT.matcher(account).matches()
                    && digits >= BANK_MIN_DIGITS
                    && digits <= BANK_MAX_DIGITS;
            violations.addIf(!wellFormed, "bankAccount", "household.bankAccount.format");
        }
        violations.addIf(
                !Boolean.TRUE.equals(form.authorizationSigned()),
                "authorizationSigned",
                "household.authorization.required");
        violations.addIf(!Boolean.TRUE.equals(form.pledgeSigned()), "pledgeSigned", "household.pledge.required");
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Length in characters as a reader counts them (code points), after trimming. */
    static int length(String text) {
        String stripped = text.strip();
        return stripped.codePointCount(0, stripped.length());
    }

    private static int digits(String text) {
        return (int) text.chars().filter(Character::isDigit).count();
    }
}

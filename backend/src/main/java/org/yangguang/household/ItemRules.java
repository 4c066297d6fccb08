package org.yangguang.household;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.yangguang.common.Violations;

/** Income items, assets and supporters: each belongs where it says and carries sane amounts. */
final class ItemRules {

    private ItemRules() {}

    static void checkIncomes(List<IncomeForm> incomes, Set<String> memberIds, Violations violations) {
        for (int i = 0; i < incomes.size(); i++) {
            String path = "incomes[" + i + "]";
            IncomeForm income = incomes.get(i);
            if (income == null) {
                violations.add(path, "household.entry.required");
                continue;
            }
            checkOwner(income.memberIdNumber(), path, memberIds, violations);
            violations.addIf(income.type() == null, path + ".type", "household.income.type.required");
            MoneyRules.checkRequired(income.monthlyAmount(), path + ".monthlyAmount", violations);
        }
    }

    static void checkAssets(List<AssetForm> assets, Set<String> memberIds, Violations violations) {
        for (int i = 0; i < assets.size(); i++) {
            String path = "assets[" + i + "]";
            AssetForm asset = assets.get(i);
            if (asset == null) {
                violations.add(path, "household.entry.required");
                continue;
            }
            checkOwner(asset.memberIdNumber(), path, memberIds, violations);
            violations.addIf(asset.type() == null, path + ".type", "household.asset.type.required");
            MoneyRules.checkRequired(asset.value(), path + ".value", violations);
        }
    }

    static void checkSupporters(
            List<SupporterForm> supporters, Set<String> memberIds, LocalDate today, Violations violations) {
        for (int i = 0; i < supporters.size(); i++) {
            String path = "supporters[" + i + "]";
            SupporterForm supporter = supporters.get(i);
            if (supporter == null) {
                violations.add(path, "household.entry.required");
                continue;
            }
            MemberRules.checkName(supporter.name(), path, violations);
            checkSupporterId(supporter.idNumber(), path + ".idNumber", memberIds, today, violations);
            Integer size = supporter.householdSize();
            violations.addIf(
                    size != null && size < 1, path + ".householdSize", "household.supporter.householdSize.min");
            checkOptional(supporter.householdMonthlyIncome(), path + ".householdMonthlyIncome", violations);
            checkOptional(supporter.monthlySupport(), path + ".monthlySupport", violations);
        }
    }

    private static void checkOwner(String memberIdNumber, String path, Set<String> memberIds, Violations violations) {
        String field = path + ".memberIdNumber";
        if (HouseholdRules.isBlank(memberIdNumber)) {
            violations.add(field, "household.owner.required");
        } else if (!memberIds.isEmpty()) {
            // Without any member ID the members' own errors say it all; an echo per item would be noise.
            violations.addIf(
                    !memberIds.contains(IdNumbers.normalise(memberIdNumber)), field, "household.owner.unknown");
        }
    }

    private static void checkSupporterId(
            String idNumber, String field, Set<String> memberIds, LocalDate today, Violations violations) {
        if (HouseholdRules.isBlank(idNumber)) {
            violations.add(field, "household.idNumber.required");
        } else if (!IdNumbers.isValid(idNumber, today)) {
            violations.add(field, "household.idNumber.invalid");
        } else {
            violations.addIf(
                    memberIds.contains(IdNumbers.normalise(idNumber)), field, "household.supporter.isMember");
        }
    }

    private static void checkOptional(BigDecimal amount, String field, Violations violations) {
        if (amount != null) {
            MoneyRules.checkRequired(amount, field, violations);
        }
    }
}

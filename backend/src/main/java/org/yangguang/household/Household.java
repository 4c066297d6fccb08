package org.yangguang.household;

import java.math.BigDecimal;
import java.util.List;

/** A household as stored: its declaration and where it stands. */
public record Household(
        long householdId,
        String regionCode,
        String address,
        String phone,
        String bankAccount,
        boolean consentToPublishIncome,
        boolean authorizationSigned,
        boolean pledgeSigned,
        boolean relativeOfOfficer,
        HouseholdStatus status,
        BigDecimal monthlyAmount,
        BigDecimal perCapitaIncome,
        String paymentStartMonth,
        List<Member> members,
        List<Income> incomes,
        List<Asset> assets,
        List<Supporter> supporters,
        RecheckSchedule schedule) {

    public Member head() {
        return members.stream()
                .filter(m -> m.relation() == Relation.HEAD)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("household " + householdId + " has no head"));
    }

    public int size() {
        return members.size();
    }
}

package org.yangguang.household;

import java.util.List;

/** A household as declared in an application (the request body of {@code POST /api/applications}). */
public record HouseholdForm(
        String regionCode,
        String address,
        String phone,
        String bankAccount,
        Boolean consentToPublishIncome,
        Boolean authorizationSigned,
        Boolean pledgeSigned,
        List<MemberForm> members,
        List<IncomeForm> incomes,
        List<AssetForm> assets,
        List<SupporterForm> supporters,
        Boolean relativeOfOfficer) {

    @Override
    public String toString() {
        return "HouseholdForm[regionCode=" + regionCode + ", members=" + (members == null ? 0 : members.size()) + "]";
    }
}

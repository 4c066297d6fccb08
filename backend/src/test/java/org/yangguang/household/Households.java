package org.yangguang.household;

import org.yangguang.support.TestIds;

import static org.yangguang.support.TestIds.id;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A valid household of three in 东河村 that a test changes one field at a time. */
final class Households {

    static final String HEAD_ID = id("511999", "19750312", "011");
    static final String SPOUSE_ID = id("511999", "19780620", "022");
    static final String CHILD_ID = id("511999", "20100901", "033");
    static final String SUPPORTER_ID = id("511999", "19500105", "015");

    String regionCode = "511999101001";
    String address = "阳光县东河镇东河村三组12号";
    String phone = "+86 138-0000-0000";
    String bankAccount = "6228 4800 1234 5678 901";
    Boolean consentToPublishIncome = true;
    Boolean authorizationSigned = true;
    Boolean pledgeSigned = true;
    List<Member> members = new ArrayList<>(List.of(
            new Member("王大山", HEAD_ID, Relation.HEAD),
            new Member("李小花", SPOUSE_ID, Relation.SPOUSE),
            new Member("王小明", CHILD_ID, Relation.CHILD)));
    List<IncomeForm> incomes = new ArrayList<>(List.of(
            new IncomeForm(HEAD_ID, IncomeType.WAGE, new BigDecimal("1200.00"), "零工"),
            new IncomeForm(SPOUSE_ID, IncomeType.EXCLUDED, new BigDecimal("80"), "残疾人补贴")));
    List<AssetForm> assets = new ArrayList<>(
            List.of(new AssetForm(HEAD_ID, AssetType.DEPOSIT, new BigDecimal("3500.50"), "活期存款", false)));
    List<SupporterForm> supporters = new ArrayList<>(List.of(new SupporterForm(
            "王老汉", SUPPORTER_ID, "父亲", 2, new BigDecimal("1500.00"), new BigDecimal("200.00"))));

    HouseholdForm build() {
        return new HouseholdForm(
                regionCode,
                address,
                phone,
                bankAccount,
                consentToPublishIncome,
                authorizationSigned,
                pledgeSigned,
                members == null ? null : members.stream().map(m -> m == null ? null : m.build()).toList(),
                incomes,
                assets,
                supporters,
                false);
    }

    /** A member whose fields a test may change before the form is built. */
    static final class Member {
        String name;
        String idNumber;
        Relation relation;
        IdentityCategory identityCategory = IdentityCategory.UNEMPLOYED;
        Integer disabilityGrade = 0;

        Member(String name, String idNumber, Relation relation) {
            this.name = name;
            this.idNumber = idNumber;
            this.relation = relation;
        }

        MemberForm build() {
            return new MemberForm(name, idNumber, relation, identityCategory, disabilityGrade, false, true);
        }
    }
}

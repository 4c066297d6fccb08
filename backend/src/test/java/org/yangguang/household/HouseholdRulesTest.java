package org.yangguang.household;

import org.yangguang.support.TestIds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.yangguang.household.Households.CHILD_ID;
import static org.yangguang.household.Households.HEAD_ID;
import static org.yangguang.household.Households.SPOUSE_ID;
import static org.yangguang.household.Households.SUPPORTER_ID;
import static org.yangguang.support.TestIds.id;
import static org.yangguang.support.TestIds.withWrongCheck;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yangguang.common.InvalidInputException;
import org.yangguang.common.Violation;
import org.yangguang.common.Violations;

class HouseholdRulesTest {

    /** 2026-05-08 in China. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-08T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private final HouseholdRules rules = new HouseholdRules(CLOCK);

    @Test
    void aCompleteHouseholdPasses() {
        assertThat(check(new Households())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptableVariations")
    void acceptableVariationsPass(String rule, Consumer<Households> change) {
        Households household = new Households();
        change.accept(household);
        assertThat(check(household)).isEmpty();
    }

    static Stream<Arguments> acceptableVariations() {
        return Stream.of(
                arguments("no incomes, assets or supporters", change(h -> {
                    h.incomes = null;
                    h.assets = null;
                    h.supporters = null;
                })),
                arguments("no phone and no bank account", change(h -> {
                    h.phone = null;
                    h.bankAccount = "  ";
                })),
                arguments("a lower-case x, referred to in upper case", change(h -> {
                    h.members.get(2).idNumber = "11010519491231002x";
                    h.incomes.set(0, new IncomeForm("11010519491231002X", IncomeType.WAGE, BigDecimal.ZERO, null));
                })),
                arguments("trailing zeros beyond two decimals", change(h -> h.assets.set(
                        0, new AssetForm(HEAD_ID, AssetType.VEHICLE, new BigDecimal("9999999.990"), null, true)))),
                arguments("disability grade 4 or none given", change(h -> {
                    h.members.get(1).disabilityGrade = 4;
                    h.members.get(2).disabilityGrade = null;
                })),
                arguments("a member born today", change(h -> h.members.get(2).idNumber = id("511999", "20260508", "044"))),
                arguments("a supporter with only a name and an ID number", change(h -> h.supporters.set(
                        0, new SupporterForm("王老汉", SUPPORTER_ID, null, null, null, null)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void eachBrokenRuleIsReportedOnItsField(String rule, Consumer<Households> change, String field, String key) {
        Households household = new Households();
        change.accept(household);
        assertThat(check(household)).extracting(Violation::field, Violation::messageKey)
                .containsExactly(tuple(field, key));
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                broken("region code of 11 digits", h -> h.regionCode = "51199910100", "regionCode", "household.regionCode.format"),
                broken("no region code", h -> h.regionCode = null, "regionCode", "household.regionCode.format"),
                broken("blank address", h -> h.address = " ", "address", "household.address.required"),
                broken("address over 200 characters", h -> h.address = "村".repeat(201), "address", "household.address.tooLong"),
                broken("phone too short", h -> h.phone = "12345", "phone", "household.phone.format"),
                broken("phone with letters", h -> h.phone = "138-abcd-0000", "phone", "household.phone.format"),
                broken("bank account with dashes", h -> h.bankAccount = "6228-4800-1234", "bankAccount", "household.bankAccount.format"),
                broken("bank account of 9 digits", h -> h.bankAccount = "123 456 789", "bankAccount", "household.bankAccount.format"),
                broken("bank account of 31 digits", h -> h.bankAccount = "1".repeat(31), "bankAccount", "household.bankAccount.format"),
                broken("authorisation not signed", h -> h.authorizationSigned = false, "authorizationSigned", "household.authorization.required"),
                broken("authorisation missing", h -> h.authorizationSigned = null, "authorizationSigned", "household.authorization.required"),
                broken("pledge not signed", h -> h.pledgeSigned = false, "pledgeSigned", "household.pledge.required"),
                broken("no members", h -> h.members.clear(), "members", "household.members.required"),
                broken("members missing", h -> h.members = null, "members", "household.members.required"),
                broken("no head", h -> h.members.get(0).relation = Relation.OTHER, "members", "household.members.noHead"),
                broken("a second head", h -> h.members.get(2).relation = Relation.HEAD, "members[2].relation", "household.member.relation.secondHead"),
                broken("member without relation", h -> h.members.get(1).relation = null, "members[1].relation", "household.member.relation.required"),
                broken("member without name", h -> h.members.get(1).name = "", "members[1].name", "household.name.required"),
                broken("name over 50 characters", h -> h.members.get(1).name = "李".repeat(51), "members[1].name", "household.name.tooLong"),
                broken("member without ID number", h -> h.members.get(2).idNumber = null, "members[2].idNumber", "household.idNumber.required"),
                broken("wrong check digit", h -> h.members.get(2).idNumber = withWrongCheck(CHILD_ID), "members[2].idNumber", "household.idNumber.invalid"),
                broken("born on 30 February", h -> h.members.get(2).idNumber = id("511999", "20100230", "033"), "members[2].idNumber", "household.idNumber.invalid"),
                broken("born tomorrow", h -> h.members.get(2).idNumber = id("511999", "20260509", "033"), "members[2].idNumber", "household.idNumber.invalid"),
                broken("duplicate member", h -> h.members.get(2).idNumber = SPOUSE_ID, "members[2].idNumber", "household.member.idNumber.duplicate"),
                broken("duplicate in lower case", h -> {
                    h.members.get(2).idNumber = "11010519491231002X";
                    h.members.add(new Households.Member("王小红", " 11010519491231002x", Relation.CHILD));
                }, "members[3].idNumber", "household.member.idNumber.duplicate"),
                broken("no identity category", h -> h.members.get(0).identityCategory = null, "members[0].identityCategory", "household.member.identityCategory.required"),
                broken("disability grade 5", h -> h.members.get(1).disabilityGrade = 5, "members[1].disabilityGrade", "household.member.disabilityGrade.range"),
                broken("disability grade -1", h -> h.members.get(1).disabilityGrade = -1, "members[1].disabilityGrade", "household.member.disabilityGrade.range"),
                broken("empty member entry", h -> h.members.add(null), "members[3]", "household.entry.required"),
                broken("income of a stranger", h -> h.incomes.set(1, income(SUPPORTER_ID, "10")), "incomes[1].memberIdNumber", "household.owner.unknown"),
                broken("income of nobody", h -> h.incomes.set(0, income(null, "10")), "incomes[0].memberIdNumber", "household.owner.required"),
                broken("income without type", h -> h.incomes.set(0, new IncomeForm(HEAD_ID, null, BigDecimal.TEN, null)), "incomes[0].type", "household.income.type.required"),
                broken("income without amount", h -> h.incomes.set(0, income(HEAD_ID, null)), "incomes[0].monthlyAmount", "household.money.required"),
                broken("negative income", h -> h.incomes.set(0, income(HEAD_ID, "-0.01")), "incomes[0].monthlyAmount", "household.money.negative"),
                broken("income in thousandths", h -> h.incomes.set(0, income(CHILD_ID, "12.345")), "incomes[0].monthlyAmount", "household.money.scale"),
                broken("income of ten million", h -> h.incomes.set(0, income(HEAD_ID, "10000000")), "incomes[0].monthlyAmount", "household.money.tooLarge"),
                broken("empty income entry", h -> h.incomes.set(1, null), "incomes[1]", "household.entry.required"),
                broken("asset of a stranger", h -> h.assets.set(0, asset(SUPPORTER_ID, "1")), "assets[0].memberIdNumber", "household.owner.unknown"),
                broken("asset without type", h -> h.assets.set(0, new AssetForm(HEAD_ID, null, BigDecimal.ONE, null, null)), "assets[0].type", "household.asset.type.required"),
                broken("asset without value", h -> h.assets.set(0, asset(HEAD_ID, null)), "assets[0].value", "household.money.required"),
                broken("negative asset", h -> h.assets.set(0, asset(HEAD_ID, "-5")), "assets[0].value", "household.money.negative"),
                broken("asset in thousandths", h -> h.assets.set(0, asset(HEAD_ID, "0.001")), "assets[0].value", "household.money.scale"),
                broken("asset too large", h -> h.assets.set(0, asset(HEAD_ID, "12000000.00")), "assets[0].value", "household.money.tooLarge"),
                broken("supporter without name", h -> h.supporters.set(0, supporter(null, SUPPORTER_ID, 2, "0", "0")), "supporters[0].name", "household.name.required"),
                broken("supporter without ID number", h -> h.supporters.set(0, supporter("王老汉", " ", 2, "0", "0")), "supporters[0].idNumber", "household.idNumber.required"),
                broken("supporter with wrong check digit", h -> h.supporters.set(0, supporter("王老汉", withWrongCheck(SUPPORTER_ID), 2, "0", "0")), "supporters[0].idNumber", "household.idNumber.invalid"),
                broken("supporter who is a member", h -> h.supporters.set(0, supporter("王小明", CHILD_ID, 2, "0", "0")), "supporters[0].idNumber", "household.supporter.isMember"),
                broken("supporter household of 0", h -> h.supporters.set(0, supporter("王老汉", SUPPORTER_ID, 0, "0", "0")), "supporters[0].householdSize", "household.supporter.householdSize.min"),
                broken("negative supporter income", h -> h.supporters.set(0, supporter("王老汉", SUPPORTER_ID, 1, "-1", "0")), "supporters[0].householdMonthlyIncome", "household.money.negative"),
                broken("support in thousandths", h -> h.supporters.set(0, supporter("王老汉", SUPPORTER_ID, 1, "0", "200.005")), "supporters[0].monthlySupport", "household.money.scale"),
                broken("empty supporter entry", h -> h.supporters.add(null), "supporters[1]", "household.entry.required"));
    }

    @Test
    void aBadFormReportsAllItsErrorsAtOnce() {
        Households household = new Households();
        household.address = null;
        household.pledgeSigned = false;
        household.members.get(0).relation = Relation.SPOUSE;
        household.members.get(1).idNumber = withWrongCheck(SPOUSE_ID);
        household.members.get(2).idNumber = HEAD_ID;
        household.incomes.set(1, income(HEAD_ID, "-100"));
        household.assets = new ArrayList<>(List.of(asset(HEAD_ID, "1.005")));
        household.supporters.set(0, supporter("王老汉", HEAD_ID, 0, "0", "0"));

        assertThat(check(household))
                .extracting(Violation::field, Violation::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("address", "household.address.required"),
                        tuple("pledgeSigned", "household.pledge.required"),
                        tuple("members[1].idNumber", "household.idNumber.invalid"),
                        tuple("members[2].idNumber", "household.member.idNumber.duplicate"),
                        tuple("members", "household.members.noHead"),
                        tuple("incomes[1].monthlyAmount", "household.money.negative"),
                        tuple("assets[0].value", "household.money.scale"),
                        tuple("supporters[0].idNumber", "household.supporter.isMember"),
                        tuple("supporters[0].householdSize", "household.supporter.householdSize.min"));
    }

    @Test
    void violationsCarryTheLimitsForTheirMessages() {
        Households household = new Households();
        household.address = "村".repeat(201);
        household.members.get(1).disabilityGrade = 7;
        List<Violation> found = check(household);
        assertThat(found.get(0).args()).containsExactly(HouseholdRules.ADDRESS_MAX);
        assertThat(found.get(1).args()).containsExactly(0, 4);
    }

    private List<Violation> check(Households household) {
        Violations violations = new Violations();
        rules.check(household.build(), violations);
        try {
            violations.throwIfAny();
            return List.of();
        } catch (InvalidInputException e) {
            return e.violations();
        }
    }

    private static Arguments broken(String rule, Consumer<Households> change, String field, String key) {
        return arguments(rule, change, field, key);
    }

    private static Consumer<Households> change(Consumer<Households> change) {
        return change;
    }

    private static IncomeForm income(String memberId, String amount) {
        return new IncomeForm(memberId, IncomeType.WAGE, amount == null ? null : new BigDecimal(amount), null);
    }

    private static AssetForm asset(String memberId, String value) {
        return new AssetForm(memberId, AssetType.DEPOSIT, value == null ? null : new BigDecimal(value), null, false);
    }

    private static SupporterForm supporter(String name, String id, Integer size, String income, String support) {
        return new SupporterForm(name, id, "父亲", size, new BigDecimal(income), new BigDecimal(support));
    }
}

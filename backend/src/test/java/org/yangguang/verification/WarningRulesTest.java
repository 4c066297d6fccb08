package org.yangguang.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yangguang.support.TestIds.id;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.yangguang.household.Household;
import org.yangguang.household.HouseholdStatus;
import org.yangguang.household.IdentityCategory;
import org.yangguang.household.Member;
import org.yangguang.household.Relation;
import org.yangguang.household.Supporter;
import org.yangguang.verification.data.DataSource;
import org.yangguang.verification.data.DepartmentRecord;

/** Each rule raises its warning on the data that breaks it and stays silent just inside it. */
class WarningRulesTest {

    private static final String COUNTY = "511999000000";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final BigDecimal STANDARD = new BigDecimal("800.00");
    private static final String HEAD = id("511999", "19750312", "011");
    private static final String SPOUSE = id("511999", "19780620", "022");
    private static final String SUPPORTER = id("511999", "19500105", "015");
    private static final String OFFICER = id("511999", "19700101", "031");

    private final AtomicLong ids = new AtomicLong();
    private final Map<WarningCode, VerificationRule> rules = new EnumMap<>(WarningCode.class);
    private boolean declaredRelative;

    WarningRulesTest() {
        rule(WarningCode.FINANCIAL_ASSETS, "12", null);
        rule(WarningCode.VEHICLE, null, "残疾人机动轮椅车,农用车");
        rule(WarningCode.REAL_ESTATE, "1", null);
        rule(WarningCode.BUSINESS, null, null);
        rule(WarningCode.INCOME_TAX, "12", null);
        rule(WarningCode.SOCIAL_INSURANCE, "1", null);
        rule(WarningCode.DEATH, null, null);
        rule(WarningCode.IMPRISONMENT, null, null);
        rule(WarningCode.OFFICIAL, null, null);
        rule(WarningCode.UNREGISTERED_RELATIVE, null, null);
    }

    @Test
    void financialAssetsAboveTwelveMonthsOfTheStandardPerMember() {
        // Two members, 12 × 800 = 9,600 each: 19,200.00 in all is the limit.
        assertThat(codes(deposit(HEAD, "银行A", "10000.00", "2026-10-31"), deposit(SPOUSE, "银行B", "9200.00", "2026-10-31")))
                .doesNotContain(WarningCode.FINANCIAL_ASSETS);
        assertThat(codes(deposit(HEAD, "银行A", "10000.00", "2026-10-31"), deposit(SPOUSE, "银行B", "9200.01", "2026-10-31")))
                .containsExactly(WarningCode.FINANCIAL_ASSETS);
    }

    @Test
    void financialAssetsCountTheLatestBalancePerInstitutionWithSecuritiesAndInsurance() {
        assertThat(codes(deposit(HEAD, "银行A", "50000.00", "2026-01-31"), deposit(HEAD, "银行A", "100.00", "2026-10-31")))
                .isEmpty();
        assertThat(codes(deposit(HEAD, "银行A", "9000.00", "2026-10-31"),
                        record(DataSource.SECURITIES, HEAD, "机构", "证券公司", "市值", "6000.00", "截止日期", "2026-10-31"),
                        record(DataSource.INSURANCE, HEAD, "险种", "分红型寿险", "现金价值", "4500.00")))
                .containsExactly(WarningCode.FINANCIAL_ASSETS);
    }

    @Test
    void financialAssetsThresholdIsTheCountysData() {
        rule(WarningCode.FINANCIAL_ASSETS, "24", null);
        assertThat(codes(deposit(HEAD, "银行A", "30000.00", "2026-10-31"))).isEmpty();
        rule(WarningCode.FINANCIAL_ASSETS, "6", null);
        assertThat(codes(deposit(HEAD, "银行A", "9700.00", "2026-10-31"))).containsExactly(WarningCode.FINANCIAL_ASSETS);
    }

    @Test
    void vehiclesButExemptMobilityAndFarmVehicles() {
        assertThat(codes(vehicle(HEAD, "残疾人机动轮椅车"), vehicle(SPOUSE, "农用车"))).isEmpty();
        assertThat(codes(vehicle(HEAD, "小型汽车"))).containsExactly(WarningCode.VEHICLE);
        rule(WarningCode.VEHICLE, null, "小型汽车");
        assertThat(codes(vehicle(HEAD, "小型汽车"))).isEmpty();
    }

    @Test
    void moreResidencesThanAllowed() {
        assertThat(codes(home(HEAD, "住宅"), home(SPOUSE, "商业"))).isEmpty();
        assertThat(codes(home(HEAD, "住宅"), home(SPOUSE, "住宅"))).containsExactly(WarningCode.REAL_ESTATE);
        rule(WarningCode.REAL_ESTATE, "2", null);
        assertThat(codes(home(HEAD, "住宅"), home(SPOUSE, "住宅"))).isEmpty();
    }

    @Test
    void theSameHomeInTwoExtractsCountsOnce() {
        DepartmentRecord home = home(HEAD, "住宅");
        DepartmentRecord again = record(DataSource.REAL_ESTATE, SPOUSE, "坐落", home.text("坐落"), "用途", "住宅", "面积", "80.5");
        assertThat(codes(home, again)).isEmpty();
    }

    @Test
    void activeBusinessOnly() {
        assertThat(codes(business(HEAD, "注销"))).isEmpty();
        assertThat(codes(business(HEAD, "存续"))).containsExactly(WarningCode.BUSINESS);
    }

    @Test
    void taxedIncomeAboveTheMonthsOfTheStandard() {
        assertThat(codes(record(DataSource.INCOME_TAX, HEAD, "年度", "2025", "年收入", "9600.00"))).isEmpty();
        assertThat(codes(record(DataSource.INCOME_TAX, HEAD, "年度", "2025", "年收入", "9600.01")))
                .containsExactly(WarningCode.INCOME_TAX);
    }

    @Test
    void socialInsuranceBaseAboveTheStandard() {
        assertThat(codes(record(DataSource.SOCIAL_INSURANCE, HEAD, "险种", "城镇职工养老保险", "月缴费基数", "800.00")))
                .isEmpty();
        assertThat(codes(record(DataSource.SOCIAL_INSURANCE, HEAD, "险种", "城镇职工养老保险", "月缴费基数", "3500.00")))
                .containsExactly(WarningCode.SOCIAL_INSURANCE);
    }

    @Test
    void deathOfAMemberOrSupporterButNotOfAStranger() {
        assertThat(codes(death(id("511999", "19600101", "051")))).isEmpty();
        assertThat(codes(death(HEAD))).containsExactly(WarningCode.DEATH);
        assertThat(codes(death(SUPPORTER))).containsExactly(WarningCode.DEATH);
    }

    @Test
    void imprisonmentOnlyWhileServing() {
        assertThat(codes(prison(HEAD, "2020-01-01", "2025-12-31"))).isEmpty();
        assertThat(codes(prison(HEAD, "2027-01-01", "2029-12-31"))).isEmpty();
        assertThat(codes(prison(HEAD, "2025-06-01", "2027-05-31"))).containsExactly(WarningCode.IMPRISONMENT);
    }

    @Test
    void aMemberWhoIsAnOfficial() {
        assertThat(codes(official(SUPPORTER, null, null))).isEmpty();
        assertThat(codes(official(HEAD, null, null))).containsExactly(WarningCode.OFFICIAL);
    }

    @Test
    void anUndeclaredRelativeOfAnOfficial() {
        DepartmentRecord officer = official(OFFICER, SPOUSE, "姐妹");
        assertThat(evaluate(List.of(), List.of(officer))).extracting(WarningDraft::code)
                .containsExactly(WarningCode.UNREGISTERED_RELATIVE);
        declaredRelative = true;
        assertThat(evaluate(List.of(), List.of(officer))).isEmpty();
    }

    @Test
    void aRuleWithoutARowForTheCountyIsOff() {
        rules.clear();
        assertThat(codes(deposit(HEAD, "银行A", "900000.00", "2026-10-31"), vehicle(HEAD, "小型汽车"), death(HEAD),
                home(HEAD, "住宅"), home(SPOUSE, "住宅"), business(HEAD, "存续"))).isEmpty();
    }

    @Test
    void warningsCarryTheEvidenceRowAndAStableKey() {
        DepartmentRecord car = vehicle(HEAD, "小型汽车");
        WarningDraft first = evaluate(List.of(car), List.of()).get(0);
        WarningDraft again = evaluate(List.of(car), List.of()).get(0);
        assertThat(first.evidence()).contains("小型汽车").contains("川A12345");
        assertThat(first.detail()).contains("川A12345").contains("不属于豁免车辆");
        assertThat(first.personId()).isEqualTo(HEAD);
        assertThat(first.evidenceKey()).isEqualTo(again.evidenceKey());
    }

    private List<WarningCode> codes(DepartmentRecord... records) {
        return evaluate(Arrays.asList(records), List.of()).stream().map(WarningDraft::code).toList();
    }

    private List<WarningDraft> evaluate(List<DepartmentRecord> records, List<DepartmentRecord> officials) {
        return new WarningRules(rules, STANDARD, TODAY, texts()).evaluate(household(), records, officials);
    }

    private Household household() {
        List<Member> members = List.of(member("王大山", HEAD, Relation.HEAD), member("李小花", SPOUSE, Relation.SPOUSE));
        List<Supporter> supporters = List.of(new Supporter("王老汉", SUPPORTER, "父亲", 2, new BigDecimal("1500.00"),
                new BigDecimal("200.00")));
        return new Household(1L, "511999101001", "东河村", null, null, true, true, true, declaredRelative,
                HouseholdStatus.ACTIVE, new BigDecimal("500.00"), BigDecimal.ZERO, "2026-01", members, List.of(), List.of(),
                supporters, org.yangguang.household.RecheckSchedule.NONE);
    }

    private static Member member(String name, String idNumber, Relation relation) {
        return new Member(name, idNumber, relation, IdentityCategory.UNEMPLOYED, 0, false, true, null, null);
    }

    private void rule(WarningCode code, String threshold, String parameter) {
        rules.put(code, new VerificationRule(COUNTY, code, threshold == null ? null : new BigDecimal(threshold), parameter));
    }

    private static WarningTexts texts() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/warnings");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new WarningTexts(messages);
    }

    private DepartmentRecord deposit(String person, String bank, String balance, String asOf) {
        return record(DataSource.DEPOSIT, person, "机构", bank, "余额", balance, "截止日期", asOf);
    }

    private DepartmentRecord vehicle(String person, String type) {
        return record(DataSource.VEHICLE, person, "号牌", "川A12345", "车辆类型", type, "登记日期", "2024-05-01");
    }

    private DepartmentRecord home(String person, String use) {
        return record(DataSource.REAL_ESTATE, person, "坐落", "东河镇" + ids.get() + "号", "用途", use, "面积", "80.5");
    }

    private DepartmentRecord business(String person, String state) {
        return record(DataSource.BUSINESS, person, "主体名称", "东河小卖部", "注册资本", "10000.00", "状态", state);
    }

    private DepartmentRecord death(String person) {
        return record(DataSource.DEATH, person, "死亡日期", "2026-09-15");
    }

    private DepartmentRecord prison(String person, String in, String out) {
        return record(DataSource.IMPRISONMENT, person, "入狱日期", in, "刑满日期", out);
    }

    private DepartmentRecord official(String person, String relative, String relation) {
        Map<String, String> fields = fields(person, "职务", "东河村党支部书记", "区划代码", "511999101001",
                "亲属身份证号", relative == null ? "" : relative, "亲属关系", relation == null ? "" : relation);
        return new DepartmentRecord(ids.incrementAndGet(), DataSource.OFFICIALS, person, relative, fields);
    }

    private DepartmentRecord record(DataSource source, String person, String... columnsAndValues) {
        return new DepartmentRecord(ids.incrementAndGet(), source, person, null, fields(person, columnsAndValues));
    }

    private static Map<String, String> fields(String person, String... columnsAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("身份证号", person);
        fields.put("姓名", "某人");
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            fields.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return fields;
    }
}

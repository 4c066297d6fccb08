package org.yangguang.verification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.yangguang.household.Household;
import org.yangguang.household.Member;
import org.yangguang.household.Supporter;
import org.yangguang.verification.data.DataSource;
import org.yangguang.verification.data.DepartmentRecord;

/**
 * The rules themselves, pure: a household, the department records of its people, the county's
 * rules in force and the standard → the warnings. A rule without a row for the county is off.
 */
final class WarningRules {

    static final String MEMBER = "MEMBER";
    static final String SUPPORTER = "SUPPORTER";

    private final Map<WarningCode, VerificationRule> rules;
    private final BigDecimal standard;
    private final LocalDate today;
    private final WarningTexts texts;

    WarningRules(Map<WarningCode, VerificationRule> rules, BigDecimal standard, LocalDate today, WarningTexts texts) {
        this.rules = rules;
        this.standard = standard;
        this.today = today;
        this.texts = texts;
    }

    List<WarningDraft> evaluate(Household household, List<DepartmentRecord> records, List<DepartmentRecord> officials) {
        Set<String> members = household.members().stream().map(Member::idNumber).collect(Collectors.toSet());
        Set<String> supporters = household.supporters().stream().map(Supporter::idNumber).collect(Collectors.toSet());
        List<DepartmentRecord> ofMembers = records.stream().filter(r -> members.contains(r.idNumber())).toList();
        List<WarningDraft> found = new ArrayList<>();
        financialAssets(household, ofMembers, found);
        residences(household, ofMembers, found);
        for (DepartmentRecord record : records) {
            String kind = members.contains(record.idNumber()) ? MEMBER : supporters.contains(record.idNumber()) ? SUPPORTER : null;
            if (kind != null) {
                single(record, kind, found);
            }
        }
        if (!household.relativeOfOfficer()) {
            for (DepartmentRecord official : officials) {
                if (members.contains(official.relatedIdNumber()) && on(WarningCode.UNREGISTERED_RELATIVE)) {
                    found.add(draft(official.relatedIdNumber(), MEMBER, official, WarningCode.UNREGISTERED_RELATIVE,
                            official.text("姓名"), official.text("职务"), official.text("亲属关系")));
                }
            }
        }
        return found;
    }

    private void single(DepartmentRecord r, String kind, List<WarningDraft> found) {
        boolean member = MEMBER.equals(kind);
        switch (r.source()) {
            case VEHICLE -> {
                if (member && on(WarningCode.VEHICLE) && !exemptVehicles().contains(r.text("车辆类型"))) {
                    found.add(draft(r.idNumber(), kind, r, WarningCode.VEHICLE, r.text("号牌"), r.text("车辆类型")));
                }
            }
            case BUSINESS -> {
                if (member && on(WarningCode.BUSINESS) && "存续".equals(r.text("状态"))) {
                    found.add(draft(r.idNumber(), kind, r, WarningCode.BUSINESS, r.text("主体名称")));
                }
            }
            case INCOME_TAX -> {
                BigDecimal limit = monthsOfStandard(WarningCode.INCOME_TAX);
                if (member && limit != null && r.decimal("年收入").compareTo(limit) > 0) {
                    found.add(draft(r.idNumber(), kind, r, WarningCode.INCOME_TAX, r.text("年度"), money(r.decimal("年收入")),
                            money(limit)));
                }
            }
            case SOCIAL_INSURANCE -> {
                BigDecimal limit = monthsOfStandard(WarningCode.SOCIAL_INSURANCE);
                if (member && limit != null && r.decimal("月缴费基数").compareTo(limit) > 0) {
                    found.add(draft(r.idNumber(), kind, r, WarningCode.SOCIAL_INSURANCE, r.text("险种"),
                            money(r.decimal("月缴费基数")), money(limit)));
                }
            }
            case DEATH -> {
                if (on(WarningCode.DEATH)) {
                    found.add(draft(r.idNumber(), kind, r, WarningCode.DEATH, r.text("姓名"), r.text("死亡日期")));
                }
            }
            case IMPRISONMENT -> {
                LocalDate in = r.date("入狱日期");
                LocalDate out = r.date("刑满日期");
                boolean serving = in != null && !in.isAfter(today) && (out == null || !out.isBefore(today));
                if (on(WarningCode.IMPRISONMENT) && serving) {
                    found.add(draft(r.idNumber(), kind, r, WarningCode.IMPRISONMENT, r.text("姓名"), r.text("入狱日期")));
                }
            }
            case OFFICIALS -> {
                if (member && on(WarningCode.OFFICIAL)) {
                    found.add(draft(r.idNumber(), kind, r, WarningCode.OFFICIAL, r.text("姓名"), r.text("职务")));
                }
            }
            default -> {
                // deposits, securities, insurance and real estate count per household (below)
            }
        }
    }

    /** Deposits, securities and the cash value of insurance: the latest row per institution, summed per member. */
    private void financialAssets(Household household, List<DepartmentRecord> records, List<WarningDraft> found) {
        BigDecimal months = threshold(WarningCode.FINANCIAL_ASSETS);
        if (months == null || standard == null) {
            return;
        }
        List<DepartmentRecord> latest = records.stream()
                .filter(r -> r.source() == DataSource.DEPOSIT || r.source() == DataSource.SECURITIES
                        || r.source() == DataSource.INSURANCE)
                .collect(Collectors.groupingBy(r -> r.idNumber() + "|" + r.source() + "|"
                        + (r.source() == DataSource.INSURANCE ? r.text("险种") : r.text("机构"))))
                .values().stream()
                .map(same -> same.stream().max(Comparator.comparing(WarningRules::asOf)).orElseThrow())
                .toList();
        BigDecimal total = latest.stream().map(WarningRules::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal perMember = total.divide(BigDecimal.valueOf(household.size()), 2, RoundingMode.HALF_UP);
        BigDecimal limit = standard.multiply(months).setScale(2, RoundingMode.HALF_UP);
        if (perMember.compareTo(limit) > 0) {
            found.add(householdDraft(household, latest, WarningCode.FINANCIAL_ASSETS, money(total), money(perMember),
                    months.stripTrailingZeros().toPlainString(), money(limit)));
        }
    }

    private void residences(Household household, List<DepartmentRecord> records, List<WarningDraft> found) {
        BigDecimal allowed = threshold(WarningCode.REAL_ESTATE);
        if (allowed == null) {
            return;
        }
        // One home per address: a later full extract repeats the rows of an earlier one.
        List<DepartmentRecord> homes = records.stream()
                .filter(r -> r.source() == DataSource.REAL_ESTATE && "住宅".equals(r.text("用途")))
                .collect(Collectors.toMap(r -> String.valueOf(r.text("坐落")).trim(), r -> r, (first, again) -> first,
                        LinkedHashMap::new))
                .values().stream()
                .toList();
        if (BigDecimal.valueOf(homes.size()).compareTo(allowed) > 0) {
            found.add(householdDraft(household, homes, WarningCode.REAL_ESTATE, String.valueOf(homes.size()),
                    allowed.stripTrailingZeros().toPlainString()));
        }
    }

    private WarningDraft draft(String personId, String kind, DepartmentRecord evidence, WarningCode code, Object... args) {
        return new WarningDraft(personId, kind, evidence.source().name(), code, "record-" + evidence.id(),
                texts.of(code, args), evidence.fieldsJson());
    }

    private WarningDraft householdDraft(Household household, List<DepartmentRecord> evidence, WarningCode code,
            Object... args) {
        String key = evidence.stream().map(r -> String.valueOf(r.id())).sorted().collect(Collectors.joining(","));
        String evidenceJson = evidence.stream().map(DepartmentRecord::fieldsJson).collect(Collectors.joining(",", "[", "]"));
        return new WarningDraft(household.head().idNumber(), MEMBER, evidence.get(0).source().name(), code,
                WarningTexts.digest(key), texts.of(code, args), evidenceJson);
    }

    private boolean on(WarningCode code) {
        return rules.containsKey(code);
    }

    private BigDecimal threshold(WarningCode code) {
        VerificationRule rule = rules.get(code);
        return rule == null ? null : rule.threshold();
    }

    private BigDecimal monthsOfStandard(WarningCode code) {
        BigDecimal months = threshold(code);
        return months == null || standard == null ? null : standard.multiply(months).setScale(2, RoundingMode.HALF_UP);
    }

    private Set<String> exemptVehicles() {
        String parameter = rules.get(WarningCode.VEHICLE).parameter();
        return parameter == null ? Set.of()
                : Arrays.stream(parameter.split("[,，]")).map(String::trim).collect(Collectors.toSet());
    }

    private static String asOf(DepartmentRecord record) {
        String date = record.text("截止日期");
        return (date == null ? "" : date) + String.format("%019d", record.id());
    }

    private static BigDecimal value(DepartmentRecord record) {
        return switch (record.source()) {
            case DEPOSIT -> record.decimal("余额");
            case SECURITIES -> record.decimal("市值");
            default -> record.decimal("现金价值");
        };
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}

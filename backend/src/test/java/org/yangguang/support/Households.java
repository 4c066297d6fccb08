package org.yangguang.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds application bodies as the browser sends them (api.md shape), with fresh valid IDs. */
public final class Households {

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final List<Map<String, Object>> members = new ArrayList<>();
    private final List<Map<String, Object>> incomes = new ArrayList<>();
    private final List<Map<String, Object>> assets = new ArrayList<>();
    private final List<Map<String, Object>> supporters = new ArrayList<>();

    private Households(String regionCode) {
        body.put("regionCode", regionCode);
        body.put("address", "测试路1号");
        body.put("phone", "138" + digits(8));
        body.put("bankAccount", "6222" + digits(15));
        body.put("consentToPublishIncome", true);
        body.put("authorizationSigned", true);
        body.put("pledgeSigned", true);
        body.put("relativeOfOfficer", false);
        body.put("members", members);
        body.put("incomes", incomes);
        body.put("assets", assets);
        body.put("supporters", supporters);
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    public static Households in(String regionCode) {
        return new Households(regionCode);
    }

    /** Adds a member and answers its new ID number. */
    public String member(String name, String relation, LocalDate birth, boolean male) {
        return member(name, relation, birth, male, 0, false);
    }

    public String member(String name, String relation, LocalDate birth, boolean male, int disabilityGrade,
            boolean seriousIllness) {
        String id = TestIds.person(birth, male);
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("name", name);
        member.put("idNumber", id);
        member.put("relation", relation);
        member.put("identityCategory", "UNEMPLOYED");
        member.put("disabilityGrade", disabilityGrade);
        member.put("seriousIllness", seriousIllness);
        member.put("ableToWork", disabilityGrade == 0);
        members.add(member);
        return id;
    }

    public Households income(String memberId, String type, String monthlyAmount) {
        incomes.add(Map.of("memberIdNumber", memberId, "type", type, "monthlyAmount", monthlyAmount, "note", "测试"));
        return this;
    }

    public Households asset(String memberId, String type, String value) {
        assets.add(Map.of("memberIdNumber", memberId, "type", type, "value", value, "note", "测试"));
        return this;
    }

    public Households supporter(String name, String monthlySupport) {
        supporters.add(Map.of("name", name, "idNumber", TestIds.person(LocalDate.of(1970, 5, 5), true), "relation",
                "子女", "householdSize", 3, "householdMonthlyIncome", "6000.00", "monthlySupport", monthlySupport));
        return this;
    }

    public Households set(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public Map<String, Object> body() {
        return body;
    }

    /** A two-person household (head 45, child 12) with a 500 yuan wage: eligible in a village. */
    public static Households typical(String regionCode) {
        Households household = in(regionCode);
        String head = household.member("张三丰", "HEAD", LocalDate.of(1981, 3, 14), true);
        household.member("张小明", "CHILD", LocalDate.of(2014, 6, 1), true);
        household.income(head, "WAGE", "500.00");
        return household;
    }
}

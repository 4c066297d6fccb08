package org.yangguang.household;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Turns a validated form into the stored shape: normalised ID numbers, derived gender and birth date, defaults. */
final class Declarations {

    private Declarations() {}

    static List<Member> members(HouseholdForm form) {
        return form.members().stream()
                .map(m -> {
                    String id = IdNumbers.normalise(m.idNumber());
                    return new Member(
                            m.name().trim(),
                            id,
                            m.relation(),
                            m.identityCategory(),
                            m.disabilityGrade() == null ? 0 : m.disabilityGrade(),
                            Boolean.TRUE.equals(m.seriousIllness()),
                            Boolean.TRUE.equals(m.ableToWork()),
                            IdNumbers.gender(id),
                            IdNumbers.birthDate(id));
                })
                .toList();
    }

    static List<Income> incomes(HouseholdForm form) {
        return listOf(form.incomes()).stream()
                .map(i -> new Income(
                        IdNumbers.normalise(i.memberIdNumber()), i.type(), money(i.monthlyAmount()), trim(i.note())))
                .toList();
    }

    static List<Asset> assets(HouseholdForm form) {
        return listOf(form.assets()).stream()
                .map(a -> new Asset(
                        IdNumbers.normalise(a.memberIdNumber()),
                        a.type(),
                        money(a.value()),
                        trim(a.note()),
                        Boolean.TRUE.equals(a.exempt())))
                .toList();
    }

    static List<Supporter> supporters(HouseholdForm form) {
        return listOf(form.supporters()).stream()
                .map(s -> new Supporter(
                        s.name().trim(),
                        IdNumbers.normalise(s.idNumber()),
                        trim(s.relation()),
                        s.householdSize(),
                        s.householdMonthlyIncome() == null ? null : money(s.householdMonthlyIncome()),
                        money(Objects.requireNonNullElse(s.monthlySupport(), BigDecimal.ZERO))))
                .toList();
    }

    static <T> List<T> listOf(List<T> items) {
        return items == null ? List.of() : items;
    }

    static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2);
    }
}

package org.yangguang.allowance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Category add-ons (分类施保): each member counts once, with the highest rate among the categories
 * that apply (on a tie, the category listed first in {@link AddOnCategory}); the amount is the rate
 * times the standard, to the fen.
 */
final class AddOnSelection {

    private AddOnSelection() {}

    static List<AddOn> select(List<PersonInput> members, List<AddOnRule> rules, BigDecimal standard, LocalDate asOf) {
        List<AddOnRule> ordered = rules.stream()
                .sorted(Comparator.comparing(AddOnRule::category))
                .toList();
        List<AddOn> addOns = new ArrayList<>();
        for (PersonInput member : members) {
            Optional<AddOnRule> best = ordered.stream()
                    .filter(rule -> applies(rule, member, asOf))
                    .max(Comparator.comparing(AddOnRule::rate));
            best.ifPresent(rule -> addOns.add(new AddOn(
                    member.idNumber(),
                    rule.category(),
                    rule.rate(),
                    rule.rate().multiply(standard).setScale(2, RoundingMode.HALF_UP))));
        }
        return addOns;
    }

    static boolean applies(AddOnRule rule, PersonInput member, LocalDate asOf) {
        Integer threshold = rule.threshold();
        if (rule.category().usesThreshold() && threshold == null) {
            return false;
        }
        Integer age = ageOn(member.birthDate(), asOf);
        return switch (rule.category()) {
            case ELDERLY -> age != null && age >= threshold;
            case MINOR -> age != null && age < threshold;
            case SEVERE_DISABILITY -> member.disabilityGrade() >= 1 && member.disabilityGrade() <= threshold;
            case SERIOUS_ILLNESS -> member.seriousIllness();
        };
    }

    /** Completed years on {@code date}; null when the birth date is unknown or later. */
    static Integer ageOn(LocalDate birthDate, LocalDate date) {
        if (birthDate == null || birthDate.isAfter(date)) {
            return null;
        }
        return Period.between(birthDate, date).getYears();
    }
}

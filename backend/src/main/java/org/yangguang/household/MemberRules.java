package org.yangguang.household;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yangguang.common.Violations;

/** The members of a household: each one complete, exactly one head, no member twice. */
final class MemberRules {

    static final int NAME_MAX = 50;
    private static final int DISABILITY_GRADE_MIN = 0;
    private static final int DISABILITY_GRADE_MAX = 4;

    private MemberRules() {}

    /** Checks the members and returns their normalised ID numbers, for the items that refer to them. */
    static Set<String> check(List<MemberForm> members, LocalDate today, Violations violations) {
        Set<String> ids = new HashSet<>();
        if (members == null || members.isEmpty()) {
            violations.add("members", "household.members.required");
            return ids;
        }
        boolean headSeen = false;
        for (int i = 0; i < members.size(); i++) {
            String path = "members[" + i + "]";
            MemberForm member = members.get(i);
            if (member == null) {
                violations.add(path, "household.entry.required");
                continue;
            }
            checkName(member.name(), path, violations);
            checkIdNumber(member.idNumber(), path, today, ids, violations);
            if (member.relation() == null) {
                violations.add(path + ".relation", "household.member.relation.required");
            } else if (member.relation() == Relation.HEAD) {
                violations.addIf(headSeen, path + ".relation", "household.member.relation.secondHead");
                headSeen = true;
            }
            violations.addIf(
                    member.identityCategory() == null,
                    path + ".identityCategory",
                    "household.member.identityCategory.required");
            Integer grade = member.disabilityGrade();
            violations.addIf(
                    grade != null && (grade < DISABILITY_GRADE_MIN || grade > DISABILITY_GRADE_MAX),
                    path + ".disabilityGrade",
                    "household.member.disabilityGrade.range",
                    DISABILITY_GRADE_MIN,
                    DISABILITY_GRADE_MAX);
        }
        violations.addIf(!headSeen, "members", "household.members.noHead");
        return ids;
    }

    /** A required name of at most {@link #NAME_MAX} characters, for members and supporters alike. */
    static void checkName(String name, String path, Violations violations) {
        if (HouseholdRules.isBlank(name)) {
            violations.add(path + ".name", "household.name.required");
        } else {
            violations.addIf(
                    HouseholdRules.length(name) > NAME_MAX, path + ".name", "household.name.tooLong", NAME_MAX);
        }
    }

    private static void checkIdNumber(
            String idNumber, String path, LocalDate today, Set<String> ids, Violations violations) {
        String field = path + ".idNumber";
        if (HouseholdRules.isBlank(idNumber)) {
            violations.add(field, "household.idNumber.required");
            return;
        }
        String id = IdNumbers.normalise(idNumber);
        boolean added = ids.add(id);
        if (!IdNumbers.isValid(id, today)) {
            violations.add(field, "household.idNumber.invalid");
        } else {
            violations.addIf(!added, field, "household.member.idNumber.duplicate");
        }
    }
}

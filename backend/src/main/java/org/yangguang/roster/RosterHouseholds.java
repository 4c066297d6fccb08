package org.yangguang.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.yangguang.household.Relation;

/**
 * Groups the rows that passed their own checks into households and checks what only the whole file
 * shows: one region and exactly one head per household, the head's amount and month (other rows
 * empty or the same), no person twice, nobody already in another open household, villages the
 * importing county may enrol in.
 */
final class RosterHouseholds {

    private final List<RosterProblem> problems = new ArrayList<>();
    private final List<RosterHousehold> households = new ArrayList<>();

    List<RosterProblem> problems() {
        return problems;
    }

    List<RosterHousehold> households() {
        return households;
    }

    /**
     * @param villageAllowed whether the importer may enrol households in the region code
     * @param enrolledIds of the given ID numbers, those already in an open household
     */
    RosterHouseholds check(List<RosterRow> rows, Predicate<String> villageAllowed,
            java.util.function.Function<List<String>, List<String>> enrolledIds) {
        Map<String, List<RosterRow>> byNo = new LinkedHashMap<>();
        Map<String, Integer> firstRowOfId = new HashMap<>();
        for (RosterRow row : rows) {
            byNo.computeIfAbsent(row.householdNo(), no -> new ArrayList<>()).add(row);
            Integer first = firstRowOfId.putIfAbsent(row.idNumber(), row.rowNumber());
            if (first != null) {
                problems.add(new RosterProblem(row.rowNumber(), RosterColumns.ID_NUMBER, "roster.idNumber.duplicate", first));
            }
        }
        for (String id : enrolledIds.apply(List.copyOf(firstRowOfId.keySet()))) {
            problems.add(new RosterProblem(firstRowOfId.get(id), RosterColumns.ID_NUMBER, "roster.idNumber.enrolled"));
        }
        Map<String, Boolean> allowed = new HashMap<>();
        for (List<RosterRow> members : byNo.values()) {
            RosterHousehold household = household(members, code -> allowed.computeIfAbsent(code, villageAllowed::test));
            if (household != null) {
                households.add(household);
            }
        }
        return this;
    }

    private RosterHousehold household(List<RosterRow> members, Predicate<String> villageAllowed) {
        int before = problems.size();
        RosterRow first = members.get(0);
        for (RosterRow row : members) {
            if (!row.regionCode().equals(first.regionCode())) {
                problems.add(new RosterProblem(row.rowNumber(), RosterColumns.REGION, "roster.household.differs",
                        first.rowNumber()));
            }
        }
        if (!villageAllowed.test(first.regionCode())) {
            problems.add(new RosterProblem(first.rowNumber(), RosterColumns.REGION, "roster.region.notAllowed"));
        }
        List<RosterRow> heads = members.stream().filter(r -> r.relation() == Relation.HEAD).toList();
        if (heads.isEmpty()) {
            problems.add(new RosterProblem(first.rowNumber(), RosterColumns.RELATION, "roster.head.missing",
                    first.householdNo()));
            return null;
        }
        for (RosterRow extra : heads.subList(1, heads.size())) {
            problems.add(new RosterProblem(extra.rowNumber(), RosterColumns.RELATION, "roster.head.second",
                    heads.get(0).rowNumber()));
        }
        RosterRow head = heads.get(0);
        if (head.amount() == null) {
            problems.add(new RosterProblem(head.rowNumber(), RosterColumns.AMOUNT, "roster.headRequired"));
        }
        if (head.startMonth() == null) {
            problems.add(new RosterProblem(head.rowNumber(), RosterColumns.START_MONTH, "roster.headRequired"));
        }
        for (RosterRow row : members) {
            if (row.amount() != null && head.amount() != null && row.amount().compareTo(head.amount()) != 0) {
                problems.add(new RosterProblem(row.rowNumber(), RosterColumns.AMOUNT, "roster.household.differs",
                        head.rowNumber()));
            }
            if (row.startMonth() != null && !Objects.equals(row.startMonth(), head.startMonth())) {
                problems.add(new RosterProblem(row.rowNumber(), RosterColumns.START_MONTH, "roster.household.differs",
                        head.rowNumber()));
            }
        }
        return problems.size() == before
                ? new RosterHousehold(first.householdNo(), first.regionCode(), members, head.amount(), head.startMonth())
                : null;
    }
}

package org.yangguang.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.yangguang.household.Gender;
import org.yangguang.household.IdNumbers;
import org.yangguang.household.IdentityCategory;
import org.yangguang.region.RegionCodes;
import org.yangguang.roster.AgeBand;
import org.yangguang.roster.AgeBands;

/** Counts persons one at a time (streamed from the database) into the statistics tables. */
final class StatisticsTally {

    private static final int DISABILITY_GRADES = 5;

    private final AgeBands.Bounds bounds;
    private final LocalDate today;
    private final Set<Long> households = new HashSet<>();
    private int persons;
    private final Map<String, Integer> identity = new LinkedHashMap<>();
    private final Map<AgeBand, int[]> ages = new LinkedHashMap<>();
    private final Map<String, Set<Long>> townshipHouseholds = new TreeMap<>();
    private final Map<String, Integer> townshipPersons = new TreeMap<>();
    private final Map<String, Set<Long>> classHouseholds = new TreeMap<>();
    private final Map<String, Integer> classPersons = new TreeMap<>();
    private final int[] disability = new int[DISABILITY_GRADES];

    StatisticsTally(AgeBands.Bounds bounds, LocalDate today) {
        this.bounds = bounds;
        this.today = today;
        for (IdentityCategory category : IdentityCategory.values()) {
            identity.put(category.name(), 0);
        }
        for (AgeBand band : AgeBand.values()) {
            ages.put(band, new int[2]);
        }
    }

    void add(PersonFact person) {
        households.add(person.householdId());
        persons++;
        identity.merge(person.identityCategory(), 1, Integer::sum);
        int[] band = ages.get(bounds.of(person.idNumber(), today));
        band[IdNumbers.gender(person.idNumber()) == Gender.MALE ? 0 : 1]++;
        String township = RegionCodes.townshipOf(person.regionCode());
        townshipHouseholds.computeIfAbsent(township, t -> new HashSet<>()).add(person.householdId());
        townshipPersons.merge(township, 1, Integer::sum);
        String recheckClass = person.recheckClass() == null ? "" : person.recheckClass();
        classHouseholds.computeIfAbsent(recheckClass, c -> new HashSet<>()).add(person.householdId());
        classPersons.merge(recheckClass, 1, Integer::sum);
        disability[Math.max(0, Math.min(DISABILITY_GRADES - 1, person.disabilityGrade()))]++;
    }

    Statistics result(Function<String, String> regionName) {
        List<Statistics.IdentityLine> byIdentity = new ArrayList<>();
        identity.forEach((category, count) -> byIdentity.add(new Statistics.IdentityLine(category, count, percent(count))));
        List<Statistics.AgeLine> byAge = new ArrayList<>();
        ages.forEach((band, counts) -> byAge.add(new Statistics.AgeLine(band.name(), counts[0], counts[1],
                counts[0] + counts[1], percent(counts[0] + counts[1]))));
        List<Statistics.TownshipLine> byTownship = new ArrayList<>();
        townshipHouseholds.forEach((code, ids) -> byTownship.add(new Statistics.TownshipLine(code, regionName.apply(code),
                ids.size(), townshipPersons.get(code), percent(townshipPersons.get(code)))));
        List<Statistics.ClassLine> byClass = new ArrayList<>();
        classHouseholds.forEach((code, ids) -> byClass.add(new Statistics.ClassLine(code.isEmpty() ? null : code,
                ids.size(), classPersons.get(code), percent(classPersons.get(code)))));
        List<Statistics.DisabilityLine> byDisability = new ArrayList<>();
        for (int grade = 0; grade < DISABILITY_GRADES; grade++) {
            byDisability.add(new Statistics.DisabilityLine(grade, disability[grade], percent(disability[grade])));
        }
        return new Statistics(households.size(), persons, byIdentity, byAge, byTownship, byClass, byDisability);
    }

    /** The share of all persons, in percent, rounded half-up to two places. */
    private String percent(int count) {
        if (persons == 0) {
            return "0.00";
        }
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(persons), 2, RoundingMode.HALF_UP).toPlainString();
    }
}

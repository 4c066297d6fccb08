package org.yangguang.roster;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.yangguang.casework.CasePolicy;
import org.yangguang.household.Gender;
import org.yangguang.household.IdNumbers;

/**
 * A person's age band on a day, in completed years, by the bounds of table {@code case_policy}
 * (workingAgeFrom, workingAgeMaleTo, workingAgeFemaleTo: 18, 59 and 54 in the demo).
 */
@Component
public class AgeBands {

    static final String FROM = "workingAgeFrom";
    static final String MALE_TO = "workingAgeMaleTo";
    static final String FEMALE_TO = "workingAgeFemaleTo";

    private final CasePolicy policy;

    AgeBands(CasePolicy policy) {
        this.policy = policy;
    }

    /** The bounds read once, for a whole report or import. */
    public Bounds bounds() {
        return new Bounds(policy.value(FROM), policy.value(MALE_TO), policy.value(FEMALE_TO));
    }

    public record Bounds(int from, int maleTo, int femaleTo) {

        public AgeBand of(String idNumber, LocalDate day) {
            int age = IdNumbers.ageOn(idNumber, day);
            int to = IdNumbers.gender(idNumber) == Gender.MALE ? maleTo : femaleTo;
            if (age < from) {
                return AgeBand.MINOR;
            }
            return age <= to ? AgeBand.WORKING_AGE : AgeBand.BEYOND;
        }
    }
}

package org.yangguang.household;

import org.yangguang.support.TestIds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.yangguang.support.TestIds.id;
import static org.yangguang.support.TestIds.withWrongCheck;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 8);

    /** The specimen printed in GB 11643-1999 itself. */
    private static final String SPECIMEN = "11010519491231002X";

    @Test
    void theStandardsSpecimenIsValid() {
        assertThat(TestIds.check(SPECIMEN.substring(0, 17))).isEqualTo('X');
        assertThat(IdNumbers.isValid(SPECIMEN, TODAY)).isTrue();
        assertThat(IdNumbers.isValid(SPECIMEN)).isTrue();
    }

    @Test
    void numbersComputedInTheTestAreValid() {
        for (String id : new String[] {
            id("511999", "19800101", "001"),
            id("511999", "20000229", "012"),
            id("440305", "19651130", "357"),
            id("110105", "20260508", "999"),
            id("654321", "19000101", "220")
        }) {
            assertThat(IdNumbers.isValid(id, TODAY)).as(id).isTrue();
        }
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        String id = id("511999", "19800101", "001");
        assertThat(IdNumbers.isValid(withWrongCheck(id), TODAY)).isFalse();
        assertThat(IdNumbers.isValid("110105194912310021", TODAY)).isFalse();
    }

    @Test
    void aDateThatDoesNotExistIsRefused() {
        assertThat(IdNumbers.isValid(id("511999", "19900230", "001"), TODAY)).isFalse();
        assertThat(IdNumbers.isValid(id("511999", "20010229", "001"), TODAY)).isFalse();
        assertThat(IdNumbers.isValid(id("511999", "19901301", "001"), TODAY)).isFalse();
        assertThat(IdNumbers.isValid(id("511999", "19900100", "001"), TODAY)).isFalse();
    }

    @Test
    void aBirthDateInTheFutureOrBefore1900IsRefused() {
        assertThat(IdNumbers.isValid(id("511999", "20260509", "001"), TODAY)).isFalse();
        assertThat(IdNumbers.isValid(id("511999", "20991231", "001"))).isFalse();
        assertThat(IdNumbers.isValid(id("511999", "18991231", "001"), TODAY)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "11010519491231002", "11010519491231002XX", "1101051949123100ZX", "01010519491231002X"})
    void malformedNumbersAreRefused(String id) {
        assertThat(IdNumbers.isValid(id, TODAY)).isFalse();
    }

    @Test
    void nullIsNotValid() {
        assertThat(IdNumbers.isValid(null, TODAY)).isFalse();
        assertThat(IdNumbers.normalise(null)).isNull();
        assertThat(IdNumbers.mask(null)).isNull();
    }

    @Test
    void aLowerCaseCheckCharacterIsAcceptedAndNormalised() {
        String lower = " 11010519491231002x ";
        assertThat(IdNumbers.isValid(lower, TODAY)).isTrue();
        assertThat(IdNumbers.normalise(lower)).isEqualTo(SPECIMEN);
        assertThat(IdNumbers.birthDate(lower)).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void birthDateAndGenderComeFromTheNumber() {
        assertThat(IdNumbers.birthDate(id("511999", "20000229", "012"))).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(IdNumbers.gender(id("511999", "19800101", "001"))).isEqualTo(Gender.MALE);
        assertThat(IdNumbers.gender(id("511999", "19800101", "357"))).isEqualTo(Gender.MALE);
        assertThat(IdNumbers.gender(id("511999", "19800101", "002"))).isEqualTo(Gender.FEMALE);
        assertThat(IdNumbers.gender(SPECIMEN)).isEqualTo(Gender.FEMALE);
    }

    @Test
    void derivingFromAnInvalidNumberFails() {
        String wrong = withWrongCheck(id("511999", "19800101", "001"));
        assertThatThrownBy(() -> IdNumbers.birthDate(wrong)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdNumbers.gender("abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdNumbers.ageOn(null, TODAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ageCountsCompletedYears() {
        String id = id("511999", "19800508", "001");
        assertThat(IdNumbers.ageOn(id, LocalDate.of(2026, 5, 7))).isEqualTo(45);
        assertThat(IdNumbers.ageOn(id, LocalDate.of(2026, 5, 8))).isEqualTo(46);
        assertThat(IdNumbers.ageOn(id, LocalDate.of(1980, 5, 8))).isZero();
        String leapling = id("511999", "20080229", "002");
        assertThat(IdNumbers.ageOn(leapling, LocalDate.of(2026, 2, 28))).isEqualTo(17);
        assertThat(IdNumbers.ageOn(leapling, LocalDate.of(2026, 3, 1))).isEqualTo(18);
        assertThatThrownBy(() -> IdNumbers.ageOn(id, LocalDate.of(1980, 5, 7)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void maskKeepsTheAreaCodeAndTheLastFour() {
        assertThat(IdNumbers.mask(SPECIMEN)).isEqualTo("110105********002X");
        assertThat(IdNumbers.mask("11010519491231002x")).isEqualTo("110105********002X");
        assertThat(IdNumbers.mask("1234567890")).isEqualTo("**********");
        assertThat(IdNumbers.mask("")).isEmpty();
    }
}

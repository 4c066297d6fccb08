package org.yangguang.verification.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yangguang.support.TestIds;

class RowCheckerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);
    private static final String ID = TestIds.id("110105", "19800101", "123");
    private static final Set<String> REGIONS = Set.of("511999000000", "511999101001");

    private static List<CellProblem> check(DataSource source, String... values) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            row.put(source.header().get(i), values[i]);
        }
        return new RowChecker(source, REGIONS::contains, TODAY, 20).check(row);
    }

    private static List<String> keys(List<CellProblem> problems) {
        return problems.stream().map(p -> p.column() + ":" + p.messageKey()).toList();
    }

    @Test
    void aGoodDepositRowPasses() {
        assertThat(check(DataSource.DEPOSIT, ID, "张三", "信用社", "12345.67", "2026-06-30")).isEmpty();
    }

    @Test
    void aLowerCaseCheckCharacterIsTheSameNumber() {
        String withX = java.util.stream.IntStream.range(100, 999)
                .mapToObj(sequence -> TestIds.id("110105", "19800101", String.valueOf(sequence)))
                .filter(id -> id.endsWith("X"))
                .findFirst()
                .orElseThrow();
        assertThat(check(DataSource.DEATH, withX.toLowerCase(), "张三", "2026-01-01")).isEmpty();
    }

    @Test
    void requiredCellsMustBeFilled() {
        assertThat(keys(check(DataSource.DEPOSIT, "", " ", "信用社", "1", "2026-06-30")))
                .containsExactly("身份证号:import.cell.required", "姓名:import.cell.required");
    }

    @ParameterizedTest
    @CsvSource({
        "11010519800101123, import.cell.idShape",
        "1101051980010112345, import.cell.idShape",
        "11010519801301123X, import.cell.idInvalid",
    })
    void badIdNumbersAreNamed(String id, String key) {
        assertThat(keys(check(DataSource.DEATH, id, "张三", "2026-01-01"))).containsExactly("身份证号:" + key);
    }

    @Test
    void aWrongCheckCharacterIsRefused() {
        assertThat(keys(check(DataSource.DEATH, TestIds.withWrongCheck(ID), "张三", "2026-01-01")))
                .containsExactly("身份证号:import.cell.idInvalid");
    }

    @ParameterizedTest
    @CsvSource({
        "-1.00, import.cell.negative",
        "1.234, import.cell.scale",
        "'1,000', import.cell.money",
        "¥100, import.cell.money",
        "1e3, import.cell.money",
    })
    void moneyIsANonNegativeAmountInFen(String amount, String key) {
        assertThat(keys(check(DataSource.INCOME_TAX, ID, "张三", "2025", amount))).containsExactly("年收入:" + key);
    }

    @Test
    void trailingZerosBeyondTwoPlacesAreStillFen() {
        assertThat(check(DataSource.INCOME_TAX, ID, "张三", "2025", "100.5000")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "2026/06/30, import.cell.date",
        "2026-02-30, import.cell.date",
        "2026-6-30, import.cell.date",
        "2026-07-02, import.cell.future",
    })
    void datesAreRealIsoDatesNotInTheFuture(String date, String key) {
        assertThat(keys(check(DataSource.DEPOSIT, ID, "张三", "信用社", "1", date))).containsExactly("截止日期:" + key);
    }

    @Test
    void yearsHaveFourDigitsAndAreNotAhead() {
        assertThat(keys(check(DataSource.INCOME_TAX, ID, "张三", "25", "1"))).containsExactly("年度:import.cell.year");
        assertThat(keys(check(DataSource.INCOME_TAX, ID, "张三", "2027", "1")))
                .containsExactly("年度:import.cell.yearRange");
    }

    @Test
    void choicesAreFromTheirLists() {
        assertThat(check(DataSource.REAL_ESTATE, ID, "张三", "东河村", "住宅", "86.5")).isEmpty();
        assertThat(keys(check(DataSource.REAL_ESTATE, ID, "张三", "东河村", "别墅", "86.5")))
                .containsExactly("用途:import.cell.choice");
        assertThat(keys(check(DataSource.VEHICLE, ID, "张三", "川Z1", "卡车", "2020-01-01")))
                .containsExactly("车辆类型:import.cell.choice");
        assertThat(keys(check(DataSource.BUSINESS, ID, "张三", "百货店", "1", "吊销")))
                .containsExactly("状态:import.cell.choice");
    }

    @Test
    void areasAreDecimals() {
        assertThat(keys(check(DataSource.REAL_ESTATE, ID, "张三", "东河村", "住宅", "八十")))
                .containsExactly("面积:import.cell.decimal");
    }

    @Test
    void officialsNeedAnExistingRegionAndAValidRelative() {
        String relative = TestIds.id("110105", "19750315", "456");
        assertThat(check(DataSource.OFFICIALS, ID, "李四", "村主任", "511999101001", relative, "配偶")).isEmpty();
        assertThat(check(DataSource.OFFICIALS, ID, "李四", "村主任", "511999101001", "", "")).isEmpty();
        assertThat(keys(check(DataSource.OFFICIALS, ID, "李四", "村主任", "511999101009",
                        TestIds.withWrongCheck(relative), "")))
                .containsExactlyInAnyOrder("区划代码:import.cell.region", "亲属身份证号:import.cell.idInvalid",
                        "亲属关系:import.cell.relationRequired");
    }

    @Test
    void aReleaseIsOptionalButNotBeforeTheEntry() {
        assertThat(check(DataSource.IMPRISONMENT, ID, "张三", "2024-01-10", "")).isEmpty();
        assertThat(check(DataSource.IMPRISONMENT, ID, "张三", "2024-01-10", "2030-01-09")).isEmpty();
        assertThat(keys(check(DataSource.IMPRISONMENT, ID, "张三", "2024-01-10", "2023-01-09")))
                .containsExactly("刑满日期:import.cell.releaseBeforeEntry");
    }

    @Test
    void longTextIsRefused() {
        assertThat(keys(check(DataSource.DEATH, ID, "张".repeat(21), "2026-01-01")))
                .containsExactly("姓名:import.cell.tooLong");
    }

    @Test
    void everySourceHasARuleForEachOfItsColumns() {
        for (DataSource source : DataSource.values()) {
            assertThat(SourceColumns.of(source)).as(source.name()).doesNotContainNull().hasSize(source.header().size());
        }
    }
}

package org.yangguang.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yangguang.household.AllowanceHistory;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;
import org.camunda.bpm.engine.ProcessEngine;

/** Monthly payment runs through the REST API: amounts of the month, one run and one line each, the bank file. */
class PaymentRunsIT extends ApiIT {

    private static final String RUNS = "/api/payments/runs";

    @Autowired
    ProcessEngine engine;

    @Autowired
    AllowanceHistory history;

    @Test
    void aRunPaysEachHouseholdTheAmountOfThatMonthWithChangesAndStopsRespected() {
        long reduced = enrolledSince("2024-01");
        history.record(reduced, YearMonth.parse("2024-05"), new BigDecimal("500.00"), "REDUCE", null);
        long stopped = enrolledSince("2024-01");
        history.record(stopped, YearMonth.parse("2024-05"), BigDecimal.ZERO, "STOP", null);
        ApiClient county = as("county");

        ApiClient.Response april = county.post(RUNS, Map.of("month", "2024-04"));
        assertThat(april.status()).as(april.body()).isEqualTo(201);
        Map<Long, String> aprilLines = lines(county, april.json().get("runId").asLong());
        assertThat(aprilLines).containsEntry(reduced, "865.00").containsEntry(stopped, "865.00");
        assertThat(april.json().get("households").asInt()).isEqualTo(aprilLines.size());
        assertThat(new BigDecimal(april.json().get("total").asText())).isEqualByComparingTo(sum(aprilLines));

        ApiClient.Response june = county.post(RUNS, Map.of("month", "2024-06"));
        Map<Long, String> juneLines = lines(county, june.json().get("runId").asLong());
        assertThat(juneLines).containsEntry(reduced, "500.00").doesNotContainKey(stopped);
    }

    @Test
    void theSameMonthTwiceIsTheSameRunWithNoSecondSetOfLines() {
        enrolledSince("2024-02");
        ApiClient county = as("county");
        ApiClient.Response first = county.post(RUNS, Map.of("month", "2024-07"));
        ApiClient.Response again = county.post(RUNS, Map.of("month", "2024-07"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("runId").asLong()).isEqualTo(first.json().get("runId").asLong());
        assertThat(again.json().get("households")).isEqualTo(first.json().get("households"));
        assertThat(lines(county, first.json().get("runId").asLong())).hasSize(first.json().get("households").asInt());
        assertThat(as("inspector").get("/api/audit/events?type=PAYMENT_RUN_COMPLETED").json().toString())
                .contains("2024-07");
    }

    @Test
    void badMonthsAndOtherRolesAreRefused() {
        ApiClient county = as("county");
        assertThat(county.post(RUNS, Map.of("month", "2024-13")).status()).isEqualTo(400);
        ApiClient.Response late = county.post(RUNS, Map.of("month", YearMonth.now().plusMonths(3).toString()));
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.body()).contains("month");
        assertThat(as("township-dh").post(RUNS, Map.of("month", "2024-01")).status()).isEqualTo(403);
        assertThat(county.get(RUNS).json().toString()).doesNotContain("2024-13");
    }

    @Test
    void theBankFileHasALineForEachHouseholdWithItsAccount() throws Exception {
        long household = enrolledSince("2024-01");
        ApiClient county = as("county");
        long runId = county.post(RUNS, Map.of("month", "2024-09")).json().get("runId").asLong();
        int lines = lines(county, runId).size();

        byte[] file = county.download(RUNS + "/" + runId + "/bank.xlsx");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("银行账号");
            assertThat(sheet.getLastRowNum()).isEqualTo(lines + 1);
            assertThat(sheet.getRow(2).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            List<String> ids = new ArrayList<>();
            for (int row = 2; row <= sheet.getLastRowNum(); row++) {
                assertThat(sheet.getRow(row).getCell(2).getCellType()).isEqualTo(CellType.STRING);
                ids.add(sheet.getRow(row).getCell(5).getStringCellValue());
            }
            assertThat(ids).contains(String.valueOf(household));
        }
    }

    private long enrolledSince(String month) {
        return PaidHouseholds.enrolledSince(port, engine, history, YearMonth.parse(month));
    }

    static Map<Long, String> lines(ApiClient county, long runId) {
        Map<Long, String> lines = new java.util.LinkedHashMap<>();
        for (JsonNode line : county.get(RUNS + "/" + runId + "/lines").json()) {
            assertThat(lines.put(line.get("householdId").asLong(), new BigDecimal(line.get("amount").asText())
                    .setScale(2).toPlainString())).as("one line per household").isNull();
        }
        return lines;
    }

    private static BigDecimal sum(Map<Long, String> lines) {
        return lines.values().stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

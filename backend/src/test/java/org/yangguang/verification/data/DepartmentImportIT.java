package org.yangguang.verification.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yangguang.support.ApiClient;
import org.yangguang.support.ApiIT;
import org.yangguang.support.CaseDriver;
import org.yangguang.support.CaseFlow;
import org.yangguang.support.Households;

class DepartmentImportIT extends ApiIT {

    private static final String IMPORTS = "/api/verification/imports";

    @Autowired
    DepartmentData departmentData;

    private ApiClient.Response upload(ApiClient client, DataSource source, String fileName, byte[] content) {
        return client.postMultipart(IMPORTS, Map.of("source", source.name()), "file", fileName, content);
    }

    private ApiClient.Response upload(DataSource source, String fileName, byte[] content) {
        return upload(as("county"), source, fileName, content);
    }

    private List<JsonNode> batchesNamed(String fileName) {
        JsonNode batches = as("county").get(IMPORTS).json();
        return StreamSupport.stream(batches.spliterator(), false)
                .filter(b -> b.get("fileName").asText().equals(fileName))
                .toList();
    }

    private static List<String> ids(List<List<String>> rows) {
        return rows.stream().map(row -> row.get(0)).toList();
    }

    @Test
    void aGoodXlsxIsStoredAndListed() {
        List<List<String>> rows = DepartmentFiles.deposits(3, "阳光县农村信用社");
        String name = unique("存款") + ".xlsx";

        var response = upload(DataSource.DEPOSIT, name, DepartmentFiles.xlsx(DataSource.DEPOSIT, rows));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("rows").asInt()).isEqualTo(3);
        assertThat(response.json().get("errors")).isEmpty();
        assertThat(response.json().get("warningsRaised").asInt()).isZero();
        assertThat(batchesNamed(name)).singleElement().satisfies(batch -> {
            assertThat(batch.get("source").asText()).isEqualTo("DEPOSIT");
            assertThat(batch.get("rows").asInt()).isEqualTo(3);
            assertThat(batch.get("importer").asText()).isEqualTo("county");
            assertThat(batch.get("importedAt").asText()).isNotBlank();
        });
        List<DepartmentRecord> stored = departmentData.forPeople(ids(rows));
        assertThat(stored).extracting(DepartmentRecord::idNumber).containsExactlyInAnyOrderElementsOf(ids(rows));
        DepartmentRecord first = stored.stream().filter(r -> r.idNumber().equals(rows.get(0).get(0))).findFirst()
                .orElseThrow();
        assertThat(first.fields().keySet()).containsExactly("身份证号", "姓名", "机构", "余额", "截止日期");
        assertThat(first.decimal("余额")).isEqualByComparingTo(rows.get(0).get(3));
        assertThat(first.date("截止日期")).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void aCsvWithByteOrderMarkKeepsItsExtraColumnsAsEvidence() {
        String person = DepartmentFiles.person();
        List<String> header = new ArrayList<>(DataSource.VEHICLE.header());
        header.add("备注");
        byte[] csv = DepartmentFiles.csv(header,
                List.of(List.of(person.toLowerCase(), "王五", "川Z12345", "小型汽车", "2020-05-18", "二手车, 已过户")), true);

        var response = upload(DataSource.VEHICLE, unique("车辆") + ".csv", csv);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("rows").asInt()).isEqualTo(1);
        assertThat(departmentData.forPeople(List.of(person))).singleElement().satisfies(record -> {
            assertThat(record.source()).isEqualTo(DataSource.VEHICLE);
            assertThat(record.text("备注")).isEqualTo("二手车, 已过户");
            assertThat(record.text("身份证号")).isEqualTo(person);
        });
    }

    @Test
    void oneBadRowAmongGoodOnesStoresNothing() {
        List<List<String>> rows = new ArrayList<>(DepartmentFiles.deposits(4, "信用社"));
        rows.set(2, List.of(rows.get(2).get(0), "坏行", "信用社", "-5.00", "2026-06-30"));
        String name = unique("存款有误") + ".xlsx";

        var response = upload(DataSource.DEPOSIT, name, DepartmentFiles.xlsx(DataSource.DEPOSIT, rows));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("rows").asInt()).isZero();
        assertThat(response.json().get("warningsRaised").asInt()).isZero();
        JsonNode error = response.json().get("errors").get(0);
        assertThat(response.json().get("errors")).hasSize(1);
        assertThat(error.get("row").asInt()).isEqualTo(4);
        assertThat(error.get("column").asText()).isEqualTo("余额");
        assertThat(error.get("message").asText()).contains("负数");
        assertThat(departmentData.forPeople(ids(rows))).isEmpty();
        assertThat(batchesNamed(name)).isEmpty();
    }

    @Test
    void errorsAreListedUpToTheLimitAndAllCounted() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            rows.add(List.of(DepartmentFiles.person(), "张三", "1899"));
        }

        var response = upload(DataSource.DEATH, unique("死亡") + ".csv",
                DepartmentFiles.csv(DataSource.DEATH.header(), rows, false));

        assertThat(response.json().get("errors")).hasSize(1000);
        assertThat(response.json().get("errorCount").asInt()).isEqualTo(1200);
        assertThat(response.json().get("errors").get(999).get("row").asInt()).isEqualTo(1001);
    }

    @Test
    void theSameFileTwiceChangesNothing() {
        List<List<String>> rows = DepartmentFiles.deposits(2, "工商银行");
        byte[] file = DepartmentFiles.xlsx(DataSource.DEPOSIT, rows);
        String name = unique("存款") + ".xlsx";
        var first = upload(DataSource.DEPOSIT, name, file);

        var second = upload(DataSource.DEPOSIT, "改了名字.xlsx", file);

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("rows").asInt()).isEqualTo(2);
        assertThat(second.json().get("errors")).isEmpty();
        assertThat(second.json().get("warningsRaised").asInt()).isZero();
        assertThat(second.json().get("duplicate").asBoolean()).isTrue();
        assertThat(second.json().get("batchId").asLong()).isEqualTo(first.json().get("batchId").asLong());
        assertThat(batchesNamed("改了名字.xlsx")).isEmpty();
        assertThat(departmentData.forPeople(ids(rows))).hasSize(2);
    }

    @Test
    void theSameContentAsAnotherSourceIsAnotherFile() {
        List<List<String>> rows = List.of(List.of(DepartmentFiles.person(), "张三", "两全保险", "100.00"));
        byte[] csv = DepartmentFiles.csv(List.of("身份证号", "姓名", "险种", "现金价值"), rows, false);
        assertThat(upload(DataSource.INSURANCE, unique("保险") + ".csv", csv).json().get("duplicate").asBoolean())
                .isFalse();
        byte[] asSocial = DepartmentFiles.csv(List.of("身份证号", "姓名", "险种", "月缴费基数"), rows, false);
        assertThat(upload(DataSource.SOCIAL_INSURANCE, unique("社保") + ".csv", asSocial).json().get("rows").asInt())
                .isEqualTo(1);
    }

    @Test
    void wrongFileTypesAreRefused() {
        byte[] csv = DepartmentFiles.csv(DataSource.DEATH.header(), List.of(), false);
        byte[] xlsx = DepartmentFiles.xlsx(DataSource.DEATH, List.of());

        assertRefused(upload(DataSource.DEATH, "死亡.txt", csv), "只接受");
        assertRefused(upload(DataSource.DEATH, "死亡.xlsx", csv), "只接受");
        assertRefused(upload(DataSource.DEATH, "死亡.csv", xlsx), "只接受");
        assertRefused(upload(DataSource.DEATH, "死亡.csv",
                "身份证号,姓名,死亡日期\r\n".getBytes(Charset.forName("GBK"))), "UTF-8");
        assertRefused(upload(DataSource.DEATH, "死亡.csv", new byte[0]), "选择");
    }

    @Test
    void malformedFilesAndWrongHeadersAreRefused() {
        assertRefused(upload(DataSource.DEATH, "坏.xlsx", "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1)),
                "无法读取");
        assertRefused(upload(DataSource.DEATH, "错表头.csv",
                DepartmentFiles.csv(DataSource.DEPOSIT.header(), List.of(), false)), "身份证号, 姓名, 死亡日期");
        assertRefused(upload(DataSource.DEATH, "空.csv", "\r\n\r\n".getBytes(StandardCharsets.UTF_8)), "表头");
        assertRefused(upload(DataSource.DEATH, "引号.csv", "身份证号,姓名,死亡日期\r\n\"1,2,3\r\n".getBytes(
                StandardCharsets.UTF_8)), "CSV");
    }

    @Test
    void aZipBombIsRefusedAndNothingStored() {
        int before = as("county").get(IMPORTS).json().size();

        assertRefused(upload(DataSource.DEATH, "炸弹.xlsx", DepartmentFiles.zipBomb(DataSource.DEATH, 50)), "压缩炸弹");

        assertThat(as("county").get(IMPORTS).json().size()).isEqualTo(before);
    }

    @Test
    void anOversizedUploadIs413ProblemJson() {
        byte[] big = new byte[20 * 1024 * 1024 + 1024];
        java.util.Arrays.fill(big, (byte) 'a');

        var response = upload(DataSource.DEATH, "大.csv", big);

        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains("过大");
    }

    @Test
    void onlyTheCountyImports() {
        byte[] file = DepartmentFiles.xlsx(DataSource.DEPOSIT, DepartmentFiles.deposits(1, "信用社"));
        for (String officer : List.of("township-dh", "village-dh1", "inspector", "admin")) {
            var response = upload(as(officer), DataSource.DEPOSIT, unique("越权") + ".xlsx", file);
            assertThat(response.status()).as(officer).isEqualTo(403);
            assertThat(as(officer).get(IMPORTS).status()).as(officer).isEqualTo(403);
        }
    }

    @Test
    void aLargeFileRunsAsAJobToPollUntilDone() throws InterruptedException {
        List<List<String>> rows = DepartmentFiles.deposits(6_000, "建设银行");
        String name = unique("大批存款") + ".xlsx";

        var accepted = upload(DataSource.DEPOSIT, name, DepartmentFiles.xlsx(DataSource.DEPOSIT, rows));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String jobId = accepted.json().get("jobId").asText();
        JsonNode job = poll(jobId);
        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.get("rows").asInt()).isEqualTo(6_000);
        assertThat(job.get("processed").asInt()).isEqualTo(6_000);
        assertThat(job.get("total").asInt()).isEqualTo(6_000);
        assertThat(job.get("errors")).isEmpty();
        assertThat(job.get("warningsRaised").asInt()).isZero();
        assertThat(batchesNamed(name)).singleElement().satisfies(b -> assertThat(b.get("rows").asInt()).isEqualTo(6000));
        assertThat(as("county").get(IMPORTS + "/no-such-job").status()).isEqualTo(404);
    }

    private JsonNode poll(String jobId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        ApiClient county = as("county");
        JsonNode job;
        do {
            Thread.sleep(200);
            var response = county.get(IMPORTS + "/" + jobId);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            job = response.json();
        } while (job.get("status").asText().equals("RUNNING") && Instant.now().isBefore(deadline));
        return job;
    }

    @Test
    void officialsAreFoundByTheirRelatives() {
        String official = DepartmentFiles.person();
        String relative = DepartmentFiles.person();
        byte[] file = DepartmentFiles.xlsx(DataSource.OFFICIALS,
                List.of(List.of(official, "李四", "村委会主任", "511999101001", relative, "配偶")));

        var response = upload(DataSource.OFFICIALS, unique("干部") + ".xlsx", file);

        assertThat(response.json().get("rows").asInt()).as(response.body()).isEqualTo(1);
        assertThat(departmentData.officialsWithRelatives(List.of(relative))).singleElement().satisfies(r -> {
            assertThat(r.idNumber()).isEqualTo(official);
            assertThat(r.relatedIdNumber()).isEqualTo(relative);
            assertThat(r.text("职务")).isEqualTo("村委会主任");
        });
        assertThat(departmentData.forPeople(List.of(official))).isEmpty();
        assertThat(departmentData.officialsWithRelatives(List.of(official))).isEmpty();
    }

    @Test
    void aDeathOfAMemberOfAnOpenHouseholdRaisesAWarning() {
        CaseDriver cases = new CaseDriver(port);
        Households household = Households.in(CaseFlow.VILLAGE);
        String head = household.member("赵大", "HEAD", LocalDate.of(1950, 2, 3), true);
        long caseId = cases.apply("village-dh1", household);
        byte[] file = DepartmentFiles.csv(DataSource.DEATH.header(), List.of(List.of(head, "赵大", "2026-01-05"),
                List.of(DepartmentFiles.person(), "无关", "2026-01-06")), false);

        var response = upload(DataSource.DEATH, unique("死亡") + ".csv", file);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("warningsRaised").asInt()).isEqualTo(1);
        JsonNode warnings = cases.caseOf("county", caseId).get("warnings");
        assertThat(warnings.findValuesAsText("code")).contains("DEATH");
    }

    @Test
    void theTemplateHasTheHeaderAndNotes() throws Exception {
        byte[] template = as("county").download(IMPORTS + "/templates/OFFICIALS");

        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template))) {
            var header = workbook.getSheetAt(0).getRow(0);
            List<String> names = new ArrayList<>();
            header.forEach(cell -> names.add(cell.getStringCellValue()));
            assertThat(names).isEqualTo(DataSource.OFFICIALS.header());
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
            assertThat(workbook.getSheetName(1)).isEqualTo("说明");
            assertThat(workbook.getSheetAt(1).getRow(4).getCell(0).getStringCellValue()).isEqualTo("区划代码");
        }
    }

    private static void assertRefused(ApiClient.Response response, String messagePart) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().findValuesAsText("message")).as(response.body())
                .anySatisfy(message -> assertThat(message).contains(messagePart));
    }
}

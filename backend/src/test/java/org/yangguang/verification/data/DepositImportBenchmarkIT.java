package org.yangguang.verification.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yangguang.personaldata.PersonalDataCipher;
import org.yangguang.support.BulkMembers;
import org.yangguang.support.ApiIT;
import org.yangguang.support.HeapSampler;

/**
 * Not a test of correctness: 10,000 enrolled two-person households, then a 100,000-row deposits
 * .xlsx (20,000 rows about their members) imported and matched; 1% of the households (applying,
 * so that no burden-of-proof process starts) hold deposits above the asset limit. Prints the time
 * and the peak heap. Excluded from the normal run; see docs/performance.md.
 */
@Tag("benchmark")
class DepositImportBenchmarkIT extends ApiIT {

    private static final int HOUSEHOLDS = 10_000;
    private static final int ROWS = 100_000;
    private static final String VILLAGE = "511999101001";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    ImportUploads uploads;

    @Autowired
    DepartmentImports imports;

    @Test
    void importAndMatch100kDeposits() throws Exception {
        List<String> members = createHouseholds();
        List<List<String>> rows = new ArrayList<>(ROWS);
        for (int i = 0; i < ROWS; i++) {
            boolean member = i < members.size();
            String balance = member && i % (2 * 100) == 0 ? "90000.00" : "1000." + String.format("%02d", i % 100);
            rows.add(List.of(member ? members.get(i) : DepartmentFiles.person(), "储户", "银行" + i % 7, balance,
                    "2026-06-30"));
        }
        byte[] file = DepartmentFiles.xlsx(DataSource.DEPOSIT, rows);
        rows.clear();
        System.gc();

        HeapSampler heap = new HeapSampler();
        heap.start();
        long started = System.nanoTime();
        ImportUpload upload = uploads.accept(DataSource.DEPOSIT, "benchmark.xlsx", file.length,
                new ByteArrayInputStream(file));
        ImportResult result = imports.run(upload, "county", Locale.SIMPLIFIED_CHINESE, new ImportProgress(ROWS));
        long millis = (System.nanoTime() - started) / 1_000_000;
        upload.discard();
        heap.finish();

        System.out.printf("%nBENCHMARK deposits: %d rows (%d bytes .xlsx), %d households: import + matching %d ms, "
                        + "warnings %d, peak heap used %d MB (max heap %d MB)%n%n", result.rows(), file.length,
                HOUSEHOLDS, millis, result.warningsRaised(), heap.peakMegabytes(),
                HeapSampler.maxHeapMegabytes());
        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).isEqualTo(ROWS);
    }

    /** The households' member ID numbers, two per household, inserted directly; every 100th applying. */
    private List<String> createHouseholds() {
        Timestamp now = Timestamp.from(Instant.now());
        List<String> ids = new ArrayList<>();
        Long first = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM household", Long.class);
        List<Object[]> households = new ArrayList<>();
        for (int i = 0; i < HOUSEHOLDS; i++) {
            households.add(new Object[] {VILLAGE, "基准测试路" + i + "号", i % 100 == 0 ? "APPLYING" : "ACTIVE", now, now});
        }
        jdbc.batchUpdate("INSERT INTO household (region_code, address, authorization_signed, pledge_signed, status, "
                + "monthly_amount, created_at, updated_at) VALUES (?, ?, TRUE, TRUE, ?, 650.00, ?, ?)", households);
        List<Long> householdIds = jdbc.queryForList("SELECT id FROM household WHERE id > ? ORDER BY id", Long.class,
                first);
        List<BulkMembers.Row> people = new ArrayList<>();
        for (long householdId : householdIds) {
            for (int position = 0; position < 2; position++) {
                String id = DepartmentFiles.person();
                ids.add(id);
                people.add(new BulkMembers.Row(householdId, position, "成员" + position, id,
                        position == 0 ? "HEAD" : "SPOUSE", "MALE",
                        LocalDate.of(1960 + Integer.parseInt(id.substring(8, 10)) % 40, 1, 1)));
            }
        }
        new BulkMembers(jdbc, cipher).insert(people);
        return ids;
    }
}

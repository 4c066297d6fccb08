package org.yangguang.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yangguang.personaldata.PersonalDataCipher;
import org.yangguang.support.BulkMembers;
import org.yangguang.excel.SheetWriter;
import org.yangguang.region.RegionScope;
import org.yangguang.support.ApiIT;
import org.yangguang.support.HeapSampler;
import org.yangguang.support.TestIds;

/**
 * Not a test of correctness: a 100,000-row roster (40,000 receiving households of 2–3 persons,
 * inserted directly) exported as the endpoint does it, into a stream that counts and drops the bytes.
 * Prints time and peak heap; run with {@code -Dbenchmark.heap=256m} (docs/performance.md).
 */
@Tag("benchmark")
class RosterExportBenchmarkIT extends ApiIT {

    private static final int HOUSEHOLDS = 40_000;
    private static final int PERSONS = 100_000;
    private static final String TOWNSHIP = "511999102000";
    private static final String VILLAGE = "511999102001";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    ReportExports exports;

    @Test
    void export100kRosterRows() throws Exception {
        createHouseholds();
        System.gc();
        CountingStream out = new CountingStream();
        HeapSampler heap = new HeapSampler();
        heap.start();
        long started = System.nanoTime();
        int rows;
        long scanned;
        try (SheetWriter sheet = exports.roster(new RegionScope(TOWNSHIP.substring(0, 9)), "西山镇", true)) {
            rows = sheet.rows();
            scanned = (System.nanoTime() - started) / 1_000_000;
            sheet.writeTo(out);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        heap.finish();
        System.out.printf("%nBENCHMARK roster export: %d rows, %d households, %d bytes .xlsx in %d ms (rows read and "
                + "written to the sheet's window %d ms, the workbook zipped out %d ms), peak heap used %d MB (max heap "
                + "%d MB)%n%n", rows, HOUSEHOLDS, out.bytes, millis, scanned, millis - scanned, heap.peakMegabytes(),
                HeapSampler.maxHeapMegabytes());
        assertThat(rows).isGreaterThanOrEqualTo(PERSONS);
    }

    /** 40,000 ACTIVE households in one village: every household two persons, every third one three. */
    private void createHouseholds() {
        Timestamp now = Timestamp.from(Instant.now());
        Long first = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM household", Long.class);
        List<Object[]> households = new ArrayList<>();
        for (int i = 0; i < HOUSEHOLDS; i++) {
            households.add(new Object[] {VILLAGE, "基准测试路" + i + "号", now, now});
        }
        jdbc.batchUpdate("INSERT INTO household (region_code, address, authorization_signed, pledge_signed, status, "
                + "monthly_amount, payment_start_month, recheck_class, next_recheck, created_at, updated_at) "
                + "VALUES (?, ?, TRUE, TRUE, 'ACTIVE', 650.00, '2026-01', 'STABLE', DATE '2027-01-01', ?, ?)", households);
        List<Long> ids = jdbc.queryForList("SELECT id FROM household WHERE id > ? ORDER BY id", Long.class, first);
        List<BulkMembers.Row> people = new ArrayList<>();
        int persons = 0;
        for (int h = 0; h < ids.size() && persons < PERSONS; h++) {
            int size = h % 2 == 0 ? 3 : 2;
            for (int position = 0; position < size && persons < PERSONS; position++, persons++) {
                LocalDate birth = LocalDate.of(1950 + persons % 60, 1 + persons % 12, 1 + persons % 28);
                people.add(new BulkMembers.Row(ids.get(h), position, "成员" + position,
                        TestIds.person(birth, position % 2 == 0), position == 0 ? "HEAD" : "CHILD", "MALE", birth));
            }
            if (people.size() >= 5_000) {
                insertPeople(people);
            }
        }
        insertPeople(people);
    }

    private void insertPeople(List<BulkMembers.Row> people) {
        new BulkMembers(jdbc, cipher).insert(people);
        people.clear();
    }

    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}

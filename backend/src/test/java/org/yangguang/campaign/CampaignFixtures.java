package org.yangguang.campaign;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yangguang.personaldata.PersonalDataCipher;
import org.yangguang.region.Region;
import org.yangguang.region.RegionKind;
import org.yangguang.region.RegionService;
import org.yangguang.support.BulkMembers;
import org.yangguang.support.TestIds;

/**
 * A township of the demo county that only one test class uses, and households in it inserted
 * directly (the bulk path of the benchmarks): two members each, in the given status.
 */
final class CampaignFixtures {

    static final String COUNTY = "511999000000";

    private final JdbcTemplate jdbc;
    private final BulkMembers members;
    private final RegionService regions;

    CampaignFixtures(JdbcTemplate jdbc, PersonalDataCipher cipher, RegionService regions) {
        this.jdbc = jdbc;
        this.members = new BulkMembers(jdbc, cipher);
        this.regions = regions;
    }

    /** The township (created once) and answers the code of its first village. */
    String township(String townshipCode) {
        String village = townshipCode.substring(0, 9) + "001";
        if (regions.find(townshipCode).isEmpty()) {
            regions.create(new Region(townshipCode, "核查镇" + townshipCode.substring(6, 9), RegionKind.TOWNSHIP, COUNTY),
                    "admin");
            regions.create(new Region(village, "核查村" + townshipCode.substring(6, 9), RegionKind.VILLAGE, townshipCode),
                    "admin");
        }
        return village;
    }

    /** Inserts the households in one batch and answers their ids. */
    List<Long> households(String villageCode, int count, String status) {
        Timestamp now = Timestamp.from(Instant.now());
        Long before = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM household", Long.class);
        List<Object[]> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {villageCode, "核查路" + i + "号", status, now, now});
        }
        jdbc.batchUpdate("INSERT INTO household (region_code, address, authorization_signed, pledge_signed, status, "
                + "monthly_amount, created_at, updated_at) VALUES (?, ?, TRUE, TRUE, ?, 650.00, ?, ?)", rows);
        List<Long> ids = jdbc.queryForList("SELECT id FROM household WHERE id > ? AND region_code = ? ORDER BY id",
                Long.class, before, villageCode);
        List<BulkMembers.Row> people = new ArrayList<>(2 * ids.size());
        for (long householdId : ids) {
            people.add(new BulkMembers.Row(householdId, 0, "户主", TestIds.person(LocalDate.of(1970, 3, 1), true), "HEAD",
                    "MALE", LocalDate.of(1970, 3, 1)));
            people.add(new BulkMembers.Row(householdId, 1, "配偶", TestIds.person(LocalDate.of(1972, 5, 1), false),
                    "SPOUSE", "FEMALE", LocalDate.of(1972, 5, 1)));
        }
        members.insert(people);
        return ids;
    }

    /** The re-check cases of the household that the campaign started. */
    int rechecksOf(long campaignId, long householdId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM recheck WHERE campaign_id = ? AND household_id = ?",
                Integer.class, campaignId, householdId);
    }

    /** Every re-check case of the household, whoever started it. */
    int allRechecksOf(long householdId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM recheck WHERE household_id = ?", Integer.class, householdId);
    }
}

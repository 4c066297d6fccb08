package org.yangguang.campaign.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A campaign row without its townships. */
public record CampaignRow(
        long id,
        String countyCode,
        String name,
        LocalDate deadline,
        String status,
        int households,
        int created,
        int attached,
        int skipped,
        String startedBy,
        Instant startedAt,
        Instant finishedAt) {}

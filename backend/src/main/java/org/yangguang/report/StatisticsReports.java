package org.yangguang.report;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.region.Region;
import org.yangguang.region.RegionScope;
import org.yangguang.region.RegionService;
import org.yangguang.report.internal.StatisticsMapper;
import org.yangguang.roster.AgeBands;

/** The statistics of the ACTIVE households of a region subtree, ages as of today. */
@Service
public class StatisticsReports {

    private final StatisticsMapper statistics;
    private final AgeBands ageBands;
    private final RegionService regions;
    private final Clock clock;

    StatisticsReports(StatisticsMapper statistics, AgeBands ageBands, RegionService regions, Clock clock) {
        this.statistics = statistics;
        this.ageBands = ageBands;
        this.regions = regions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Statistics of(RegionScope scope) {
        StatisticsTally tally = new StatisticsTally(ageBands.bounds(), LocalDate.now(clock));
        statistics.scanActivePersons(scope.likePattern(), context -> tally.add(context.getResultObject()));
        return tally.result(code -> regions.find(code).map(Region::name).orElse(code));
    }
}

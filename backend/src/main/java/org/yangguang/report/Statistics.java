package org.yangguang.report;

import java.util.List;

/** The statistics tables of api.md ("Roster import and statistics") plus breakdowns by township, class and disability. */
public record Statistics(
        int households,
        int persons,
        List<IdentityLine> byIdentity,
        List<AgeLine> byAge,
        List<TownshipLine> byTownship,
        List<ClassLine> byClass,
        List<DisabilityLine> byDisability) {

    public record IdentityLine(String category, int count, String percent) {}

    public record AgeLine(String band, int male, int female, int count, String percent) {}

    public record TownshipLine(String regionCode, String name, int households, int persons, String percent) {}

    public record ClassLine(String recheckClass, int households, int persons, String percent) {}

    public record DisabilityLine(int grade, int count, String percent) {}
}

package org.yangguang.identity;

import java.util.Locale;
import org.yangguang.region.RegionKind;

/** The six roles; an officer has exactly one. */
public enum Role {
    VILLAGE,
    TOWNSHIP,
    COUNTY,
    SUPERVISOR,
    INSPECTOR,
    ADMIN;

    /** The level of region an officer of this role belongs to. */
    public boolean fits(RegionKind kind) {
        return switch (this) {
            case VILLAGE -> kind.isVillageLevel();
            case TOWNSHIP -> kind == RegionKind.TOWNSHIP;
            case COUNTY, SUPERVISOR, INSPECTOR, ADMIN -> kind == RegionKind.COUNTY;
        };
    }

    /** Roles that act on cases; the others read (SUPERVISOR, INSPECTOR) or see no case data (ADMIN). */
    public boolean writesCases() {
        return this == VILLAGE || this == TOWNSHIP || this == COUNTY;
    }

    public boolean readsCases() {
        return this != ADMIN;
    }

    /** Camunda group of everyone with this role, e.g. {@code supervisor}. */
    public String group() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Camunda group of this role in one region, e.g. {@code township-511999101000}: the routing unit of tasks. */
    public String groupFor(String regionCode) {
        return group() + "-" + regionCode;
    }
}

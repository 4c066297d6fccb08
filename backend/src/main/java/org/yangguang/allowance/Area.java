package org.yangguang.allowance;

import org.yangguang.region.RegionKind;

/** Standards differ between rural (village) and urban (community) households. */
public enum Area {
    RURAL,
    URBAN;

    /** The area of a household living in a region of this kind: a village is rural, a community urban. */
    public static Area of(RegionKind kind) {
        if (kind == RegionKind.VILLAGE) {
            return RURAL;
        }
        if (kind == RegionKind.COMMUNITY) {
            return URBAN;
        }
        throw new IllegalArgumentException("a household lives in a village or a community, not in a " + kind);
    }
}

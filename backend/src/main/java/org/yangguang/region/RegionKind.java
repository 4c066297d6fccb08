package org.yangguang.region;

/** The levels of the tree handled here, and how many leading code digits each level owns. */
public enum RegionKind {
    COUNTY(6),
    TOWNSHIP(9),
    VILLAGE(12),
    COMMUNITY(12);

    private final int ownDigits;

    RegionKind(int ownDigits) {
        this.ownDigits = ownDigits;
    }

    /** Leading digits of a code that identify this region; the rest are zero. */
    public int ownDigits() {
        return ownDigits;
    }

    public boolean isVillageLevel() {
        return this == VILLAGE || this == COMMUNITY;
    }

    /** The kind a parent of this kind must have; {@code null} for the county, the root here. */
    public RegionKind parentKind() {
        return switch (this) {
            case COUNTY -> null;
            case TOWNSHIP -> COUNTY;
            case VILLAGE, COMMUNITY -> TOWNSHIP;
        };
    }
}

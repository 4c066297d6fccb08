package org.yangguang.region;

/** A node of the administrative tree. */
public record Region(String code, String name, RegionKind kind, String parentCode) {

    /** Every region whose code lies in this one's subtree, this one included. */
    public RegionScope scope() {
        return new RegionScope(code.substring(0, kind.ownDigits()));
    }

    public boolean covers(String otherCode) {
        return scope().contains(otherCode);
    }
}

package org.yangguang.household;

/** Kinds of declared assets ("car, house, cash" and the rest). */
public enum AssetType {
    DEPOSIT,
    SECURITIES,
    VEHICLE,
    REAL_ESTATE,
    INSURANCE,
    BUSINESS
}

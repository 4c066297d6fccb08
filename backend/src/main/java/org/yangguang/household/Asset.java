package org.yangguang.household;

import java.math.BigDecimal;

/** A stored asset; {@code exempt} ones do not count against the limits. */
public record Asset(String memberIdNumber, AssetType type, BigDecimal value, String note, boolean exempt) {}

package org.yangguang.household;

import java.math.BigDecimal;

/**
 * One asset of a member. {@code exempt} marks an asset the rules exempt from the limits: a
 * mobility vehicle for a disabled person, or what is needed for basic production; the note
 * says which.
 */
public record AssetForm(String memberIdNumber, AssetType type, BigDecimal value, String note, Boolean exempt) {}

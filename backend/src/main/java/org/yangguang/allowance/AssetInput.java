package org.yangguang.allowance;

import java.math.BigDecimal;
import org.yangguang.household.AssetType;

/** One asset of a member; an exempt asset (a disabled person's mobility vehicle, …) counts against no limit. */
public record AssetInput(String memberIdNumber, AssetType type, BigDecimal value, boolean exempt) {}

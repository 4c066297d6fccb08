package org.yangguang.region;

import java.util.regex.Pattern;
import org.yangguang.common.Violations;

/** The shape rules of 12-digit division codes. */
public final class RegionCodes {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    private RegionCodes() {}

    /** The township a village-level code lies in: its first 9 digits, then zeros. */
    public static String townshipOf(String code) {
        return code.substring(0, RegionKind.TOWNSHIP.ownDigits()) + "000";
    }

    /** The county a code lies in: its first 6 digits, then zeros. */
    public static String countyOf(String code) {
        return code.substring(0, RegionKind.COUNTY.ownDigits()) + "000000";
    }

    public static boolean isWellFormed(String code) {
        return code != null && TWELVE_DIGITS.matcher(code).matches();
    }

    /**
     * Checks that a code fits its kind (its own digits not all zero at its level, zeros after) and
     * lies under its parent; adds a violation for each rule broken.
     */
    public static void check(String code, RegionKind kind, Region parent, Violations violations) {
        if (!isWellFormed(code)) {
            violations.add("code", "region.code.format");
            return;
        }
        int own = kind.ownDigits();
        int parentDigits = kind.parentKind() == null ? 0 : kind.parentKind().ownDigits();
        boolean levelDigitsSet = !code.substring(parentDigits, own).chars().allMatch(c -> c == '0');
        boolean restZero = code.substring(own).chars().allMatch(c -> c == '0');
        violations.addIf(!levelDigitsSet || !restZero, "code", "region.code.level");
        if (kind.parentKind() != null) {
            if (parent == null) {
                violations.add("parentCode", "region.parent.missing");
            } else if (parent.kind() != kind.parentKind() || !parent.covers(code)) {
                violations.add("parentCode", "region.parent.mismatch");
            }
        }
    }
}

package org.yangguang.allowance;

import java.util.regex.Pattern;

/** Policies are set per county; a county's code is its first 6 digits followed by six zeros. */
public final class CountyCodes {

    private static final Pattern COUNTY = Pattern.compile("\\d{6}0{6}");
    private static final String NO_COUNTY_DIGITS = "000000";
    private static final int COUNTY_DIGITS = 6;

    private CountyCodes() {}

    /** The county a 12-digit region code lies in. */
    public static String countyOf(String regionCode) {
        if (regionCode == null || regionCode.length() != 12) {
            throw new IllegalArgumentException("not a 12-digit region code: " + regionCode);
        }
        return regionCode.substring(0, COUNTY_DIGITS) + NO_COUNTY_DIGITS;
    }

    public static boolean isCountyCode(String code) {
        return code != null && COUNTY.matcher(code).matches() && !code.startsWith(NO_COUNTY_DIGITS);
    }
}

package org.yangguang.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yangguang.common.Violations;

class RegionCodesTest {

    private static final Region COUNTY = new Region("511999000000", "阳光县", RegionKind.COUNTY, null);
    private static final Region TOWNSHIP = new Region("511999101000", "东河镇", RegionKind.TOWNSHIP, "511999000000");

    @Test
    void aCountyCodeHasSixOwnDigitsThenZeros() {
        assertThat(broken("511999000000", RegionKind.COUNTY, null)).isFalse();
        assertThat(broken("511999100000", RegionKind.COUNTY, null)).isTrue();
    }

    @Test
    void aTownshipLiesUnderItsCountyWithThreeOwnDigits() {
        assertThat(broken("511999103000", RegionKind.TOWNSHIP, COUNTY)).isFalse();
        assertThat(broken("511999000000", RegionKind.TOWNSHIP, COUNTY)).isTrue();
        assertThat(broken("511998103000", RegionKind.TOWNSHIP, COUNTY)).isTrue();
        assertThat(broken("511999103001", RegionKind.TOWNSHIP, COUNTY)).isTrue();
        assertThat(broken("511999103000", RegionKind.TOWNSHIP, null)).isTrue();
    }

    @Test
    void aVillageOrCommunityLiesUnderItsTownship() {
        assertThat(broken("511999101004", RegionKind.VILLAGE, TOWNSHIP)).isFalse();
        assertThat(broken("511999101204", RegionKind.COMMUNITY, TOWNSHIP)).isFalse();
        assertThat(broken("511999102004", RegionKind.VILLAGE, TOWNSHIP)).isTrue();
        assertThat(broken("511999101000", RegionKind.VILLAGE, TOWNSHIP)).isTrue();
        assertThat(broken("51199910100a", RegionKind.VILLAGE, TOWNSHIP)).isTrue();
    }

    @Test
    void scopesArePrefixesOfTheirLevel() {
        assertThat(COUNTY.scope().prefix()).isEqualTo("511999");
        assertThat(TOWNSHIP.scope().prefix()).isEqualTo("511999101");
        assertThat(TOWNSHIP.covers("511999101003")).isTrue();
        assertThat(TOWNSHIP.covers("511999102003")).isFalse();
    }

    private static boolean broken(String code, RegionKind kind, Region parent) {
        Violations violations = new Violations();
        RegionCodes.check(code, kind, parent, violations);
        return !violations.isEmpty();
    }
}

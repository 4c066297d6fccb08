package org.yangguang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.yangguang.common.ForbiddenException;
import org.yangguang.common.NotFoundException;
import org.yangguang.region.Region;
import org.yangguang.region.RegionKind;
import org.yangguang.region.RegionScope;

class JurisdictionTest {

    private static final Region DONGHE = new Region("511999101000", "东河镇", RegionKind.TOWNSHIP, "511999000000");
    private static final Region DONGHE_VILLAGE = new Region("511999101001", "东河村", RegionKind.VILLAGE, "511999101000");
    private static final Region COUNTY = new Region("511999000000", "阳光县", RegionKind.COUNTY, null);

    @Test
    void aVillageOfficerReadsOnlyItsVillage() {
        Jurisdiction village = new Jurisdiction("v", Role.VILLAGE, DONGHE_VILLAGE.scope());
        assertThatCode(() -> village.requireReadable("511999101001")).doesNotThrowAnyException();
        assertThatThrownBy(() -> village.requireReadable("511999101002")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aTownshipOfficerWritesOnlyInsideItsTownship() {
        Jurisdiction township = new Jurisdiction("t", Role.TOWNSHIP, DONGHE.scope());
        assertThatCode(() -> township.requireWritable("511999101003")).doesNotThrowAnyException();
        assertThatThrownBy(() -> township.requireWritable("511999102001")).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void inspectorsReadTheCountyAndWriteNothing() {
        Jurisdiction inspector = new Jurisdiction("i", Role.INSPECTOR, COUNTY.scope());
        assertThatCode(() -> inspector.requireReadable("511999102003")).doesNotThrowAnyException();
        assertThatThrownBy(() -> inspector.requireWritable("511999102003")).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void administratorsReadNoCaseData() {
        Jurisdiction admin = new Jurisdiction("a", Role.ADMIN, COUNTY.scope());
        assertThatThrownBy(() -> admin.requireReadable("511999101001")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(admin::readScope).isInstanceOf(ForbiddenException.class);
        assertThat(admin.canRead("511999101001")).isFalse();
    }

    @Test
    void aListFilterNarrowsButNeverWidens() {
        Jurisdiction township = new Jurisdiction("t", Role.TOWNSHIP, DONGHE.scope());
        assertThat(township.narrowTo(null)).isEqualTo(new RegionScope("511999101"));
        assertThat(township.narrowTo(DONGHE_VILLAGE)).isEqualTo(new RegionScope("511999101001"));
        assertThat(township.narrowTo(COUNTY)).isEqualTo(new RegionScope("511999101"));
        assertThatThrownBy(() -> township.narrowTo(new Region("511999102000", "西山乡", RegionKind.TOWNSHIP, "511999000000")))
                .isInstanceOf(NotFoundException.class);
    }
}

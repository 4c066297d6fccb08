package org.yangguang.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yangguang.common.logging.MaskingConverter;

class MaskingConverterTest {

    @Test
    void idNumberShapedRunsAreMasked() {
        assertThat(MaskingConverter.mask("member 11010519491231002X failed"))
                .isEqualTo("member 110105********002X failed");
        assertThat(MaskingConverter.mask("a=110105194912310021,b=110105194912310021"))
                .doesNotContain("19491231");
    }

    @Test
    void otherNumbersAreLeftAlone() {
        assertThat(MaskingConverter.mask("region 511999101001 case 42")).isEqualTo("region 511999101001 case 42");
        assertThat(MaskingConverter.mask("1234567890123456789012")).isEqualTo("1234567890123456789012");
    }
}

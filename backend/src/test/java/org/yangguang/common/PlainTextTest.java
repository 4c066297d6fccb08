package org.yangguang.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void tagsAndControlCharactersAreRemoved() {
        assertThat(PlainText.of(" <b>有车</b><script>alert(1)</script>\u0007 ")).isEqualTo("有车alert(1)");
    }

    @Test
    void markupOnlyOrBlankTextIsNothing() {
        assertThat(PlainText.of("<p></p>")).isNull();
        assertThat(PlainText.of("   ")).isNull();
        assertThat(PlainText.of(null)).isNull();
    }

    @Test
    void lineBreaksStay() {
        assertThat(PlainText.of("第一行\n第二行")).isEqualTo("第一行\n第二行");
    }
}

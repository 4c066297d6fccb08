package org.yangguang.household;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @ParameterizedTest
    @CsvSource({
        "张三丰, 张*丰",
        "张三, 张*",
        "张, 张",
        "欧阳建国, 欧**国",
        "买买提·艾力, 买****力",
        "' 李四 ', 李*",
        "𠮷大为, 𠮷*为",
        "'', ''"
    })
    void masksEveryCharacterButTheFirstAndTheLast(String name, String masked) {
        assertThat(Names.mask(name)).isEqualTo(masked);
    }

    @Test
    void nullStaysNull() {
        assertThat(Names.mask(null)).isNull();
    }
}

package org.yangguang.verification.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yangguang.common.InvalidInputException;

class HeaderRowTest {

    @Test
    void theHeaderMayHaveSpacesAndMoreColumns() {
        HeaderRow header = HeaderRow.of(DataSource.DEATH, List.of(" 身份证号", "姓名 ", "死亡日期", "备注", "", "备注"));
        assertThat(header.fields(Arrays.asList("1", "张三", "2026-01-01", "医院", "x", "again")))
                .containsExactly(java.util.Map.entry("身份证号", "1"), java.util.Map.entry("姓名", "张三"),
                        java.util.Map.entry("死亡日期", "2026-01-01"), java.util.Map.entry("备注", "医院"));
    }

    @Test
    void missingCellsReadAsEmpty() {
        HeaderRow header = HeaderRow.of(DataSource.DEATH, List.of("身份证号", "姓名", "死亡日期"));
        assertThat(header.fields(Arrays.asList("1", null))).containsEntry("姓名", "").containsEntry("死亡日期", "");
    }

    @Test
    void anotherSourcesHeaderIsRefused() {
        assertThatThrownBy(() -> HeaderRow.of(DataSource.DEPOSIT, List.of("身份证号", "姓名", "死亡日期")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> HeaderRow.of(DataSource.DEATH, List.of("姓名", "身份证号", "死亡日期")))
                .isInstanceOf(InvalidInputException.class);
    }
}

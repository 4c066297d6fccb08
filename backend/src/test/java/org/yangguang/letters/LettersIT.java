package org.yangguang.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yangguang.support.ApiIT;

/** The letter service as the application wires it, with the demo county's values. */
class LettersIT extends ApiIT {

    @Autowired
    LetterService letters;

    @Test
    void theApplicationWritesRefusalsWithTheDemoCountysAppealRights() {
        GeneratedLetter letter = letters.refusalNotice(new RefusalLetter(
                "DB-IT-1", "王大山", "东河村", "东河镇", "阳光县", List.of("家庭人均收入高于当地标准"), LocalDate.of(2026, 5, 8)));

        assertThat(Letters.text(letter))
                .contains("60日内向阳光县人民政府申请行政复议", "6个月内向阳光县人民法院提起行政诉讼", "阳光县民政局");
    }
}

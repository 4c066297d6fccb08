package org.yangguang.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LetterServiceTest {

    private static final LetterProperties DEMO_COUNTY =
            new LetterProperties("阳光县民政局", "阳光县人民政府", 60, "阳光县人民法院", 6);
    private static final LocalDate MAY_8 = LocalDate.of(2026, 5, 8);
    private static final List<String> REASONS = List.of(
            "家庭人均月收入1,230.00元，高于本县农村最低生活保障标准",
            "户主名下登记有非生活必需的小型轿车一辆",
            "民主评议认定申报的家庭财产情况不实");

    private final LetterService letters = new LetterService(DEMO_COUNTY);

    @Test
    void aRefusedApplicantGetsEveryReasonInOrder() {
        GeneratedLetter letter = letters.refusalNotice(refusal(REASONS));

        List<String> paragraphs = Letters.paragraphs(letter);
        assertThat(paragraphs.get(0)).isEqualTo("不予批准最低生活保障通知书");
        String text = Letters.text(letter);
        assertThat(text)
                .contains("案件编号：DB-2026-000123")
                .contains("王大山：")
                .contains("阳光县东河镇东河村")
                .containsSubsequence("1. " + REASONS.get(0), "2. " + REASONS.get(1), "3. " + REASONS.get(2))
                .doesNotContain("4. ")
                .containsSubsequence("阳光县民政局", "2026年5月8日");
    }

    @Test
    void aRefusalStatesTheRightsOfAppealWithTheCountysPeriodsAndBodies() {
        String text = Letters.text(letters.refusalNotice(refusal(REASONS)));

        assertThat(text)
                .contains("自收到本通知书之日起60日内向阳光县人民政府申请行政复议")
                .contains("自收到本通知书之日起6个月内向阳光县人民法院提起行政诉讼");
    }

    @Test
    void theAppealRightsComeFromConfiguration() {
        LetterService elsewhere =
                new LetterService(new LetterProperties("青山市民政局", "青山市人民政府", 90, "青山区人民法院", 3));

        String text = Letters.text(elsewhere.refusalNotice(refusal(REASONS)));

        assertThat(text)
                .contains("90日内向青山市人民政府申请行政复议")
                .contains("3个月内向青山区人民法院提起行政诉讼")
                .contains("青山市民政局")
                .doesNotContain("阳光县人民法院");
    }

    @Test
    void anIncompleteApplicationIsToldEveryMissingItemAtOnce() {
        List<String> missing = List.of("户口簿复印件", "残疾人证复印件（李小花）", "村民委员会出具的家庭情况说明", "务工收入证明");

        GeneratedLetter letter = letters.incompleteMaterialsNotice(
                new IncompleteLetter("DB-2026-000124", "王大山", "东河村", "东河镇", missing, MAY_8));

        assertThat(Letters.paragraphs(letter).get(0)).isEqualTo("最低生活保障申请补正材料一次性告知书");
        String[] numbered = new String[missing.size()];
        Arrays.setAll(numbered, i -> (i + 1) + ". " + missing.get(i));
        assertThat(Letters.text(letter))
                .contains("案件编号：DB-2026-000124", "王大山：", "东河镇东河村")
                .containsSubsequence(numbered)
                .contains("由工作人员自行获取的材料，不要求你户提供")
                .containsSubsequence("东河镇人民政府", "2026年5月8日");
        assertThat(letter.fileName()).isEqualTo("incomplete-materials-DB-2026-000124.docx");
    }

    @Test
    void lettersAreWordDocumentsNamedAfterTheCase() {
        GeneratedLetter letter = letters.refusalNotice(refusal(REASONS));

        assertThat(letter.fileName()).isEqualTo("refusal-DB-2026-000123.docx");
        assertThat(letter.contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(letter.content()).startsWith('P', 'K');
    }

    @Test
    void noIdNumberReachesALetterEvenWhenTypedIntoAReason() {
        List<String> reasons = List.of("成员李小花（身份证号11010519491231002X）名下有商品房两套", "另有存款");

        String refusal = Letters.text(letters.refusalNotice(refusal(reasons)));
        String incomplete = Letters.text(letters.incompleteMaterialsNotice(new IncompleteLetter(
                "DB-2026-000125", "王大山", "东河村", "东河镇", List.of("11010519491231002x 的残疾人证"), MAY_8)));

        assertThat(refusal).doesNotContainPattern(Letters.ID_NUMBER_SHAPED).contains("110105********002X");
        assertThat(incomplete).doesNotContainPattern(Letters.ID_NUMBER_SHAPED);
    }

    @Test
    void textThatLooksLikeAPlaceholderIsPrintedAsTyped() {
        String text = Letters.text(letters.refusalNotice(refusal(List.of("说明见{caseId}与$1"))));

        assertThat(text).contains("1. 说明见{caseId}与$1");
    }

    @Test
    void aLetterNeedsReasonsOrItems() {
        assertThatThrownBy(() -> letters.refusalNotice(refusal(List.of())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> letters.refusalNotice(refusal(null))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> letters.refusalNotice(refusal(Arrays.asList("理由", " "))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> letters.incompleteMaterialsNotice(
                        new IncompleteLetter("DB-1", "王大山", "东河村", "东河镇", List.of(), MAY_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLetterNeedsItsCaseApplicantAndDate() {
        assertThatThrownBy(() -> letters.refusalNotice(
                        new RefusalLetter("DB-1", " ", "东河村", "东河镇", "阳光县", REASONS, MAY_8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> letters.refusalNotice(
                        new RefusalLetter(null, "王大山", "东河村", "东河镇", "阳光县", REASONS, MAY_8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> letters.incompleteMaterialsNotice(
                        new IncompleteLetter("DB-1", "王大山", "东河村", "东河镇", List.of("户口簿"), null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static RefusalLetter refusal(List<String> reasons) {
        return new RefusalLetter("DB-2026-000123", "王大山", "东河村", "东河镇", "阳光县", reasons, MAY_8);
    }
}

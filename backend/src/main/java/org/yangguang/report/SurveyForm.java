package org.yangguang.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.yangguang.casework.CaseEvent;
import org.yangguang.casework.CaseFiles;
import org.yangguang.casework.CaseRecord;
import org.yangguang.excel.Column;
import org.yangguang.excel.SheetWriter;
import org.yangguang.household.Asset;
import org.yangguang.household.Household;
import org.yangguang.household.HouseholdService;
import org.yangguang.household.IdNumbers;
import org.yangguang.household.Income;
import org.yangguang.household.Member;

/**
 * 入户调查登记表 of a case, for printing and signing: the household as declared, its members, incomes
 * and assets, the last recorded survey (investigators, day, findings) and lines for the signatures.
 */
@Service
public class SurveyForm {

    private static final List<String> SURVEY_STEPS = List.of("survey", "recheckSurvey");

    private final CaseFiles cases;
    private final HouseholdService households;
    private final ReportTexts texts;
    private final ObjectMapper json;
    private final Clock clock;

    SurveyForm(CaseFiles cases, HouseholdService households, ReportTexts texts, ObjectMapper json, Clock clock) {
        this.cases = cases;
        this.households = households;
        this.texts = texts;
        this.json = json;
        this.clock = clock;
    }

    public SheetWriter of(CaseRecord record, boolean fullIds) {
        Household household = households.require(record.householdId());
        ReportTexts.Names names = texts.names();
        LocalDate today = LocalDate.now(clock);
        SheetWriter sheet = new SheetWriter("入户调查登记表", texts.text("report.title.survey"),
                List.of(Column.text("项目"), Column.text("内容")), clock.getZone());
        sheet.row("案件编号", String.valueOf(record.caseId()));
        sheet.row("申请日期", LocalDate.ofInstant(record.appliedAt(), clock.getZone()).toString());
        sheet.row("所在乡镇（街道）、村（社区）", names.township(record.regionCode()) + " " + names.of(record.regionCode()));
        sheet.row("家庭住址", household.address());
        sheet.row("联系电话", household.phone());
        sheet.row("户主", household.head().name());
        sheet.row("家庭人口", household.size() + "人");
        int n = 0;
        for (Member m : household.members()) {
            sheet.row("家庭成员" + ++n, String.join("，", m.name(), texts.word("report.relation.", m.relation().name()),
                    fullIds ? m.idNumber() : IdNumbers.mask(m.idNumber()),
                    texts.word("report.gender.", IdNumbers.gender(m.idNumber()).name()),
                    IdNumbers.ageOn(m.idNumber(), today) + "岁",
                    texts.word("report.category.", m.identityCategory().name()),
                    m.disabilityGrade() == 0 ? "无残疾" : "残疾" + m.disabilityGrade() + "级",
                    m.seriousIllness() ? "患重病" : "无重病", m.ableToWork() ? "有劳动能力" : "无劳动能力"));
        }
        n = 0;
        for (Income i : household.incomes()) {
            sheet.row("收入" + ++n, nameOf(household, i.memberIdNumber()) + " " + texts.word("report.income.", i.type().name())
                    + " " + i.monthlyAmount().toPlainString() + "元/月" + note(i.note()));
        }
        n = 0;
        for (Asset a : household.assets()) {
            sheet.row("财产" + ++n, nameOf(household, a.memberIdNumber()) + " " + texts.word("report.asset.", a.type().name())
                    + " " + a.value().toPlainString() + "元" + (a.exempt() ? "（豁免）" : "") + note(a.note()));
        }
        survey(record, sheet);
        sheet.row("调查人员签字", "");
        sheet.row("被调查人签字（按手印）", "");
        sheet.row("村（居）委会意见（盖章）", "");
        return sheet;
    }

    private void survey(CaseRecord record, SheetWriter sheet) {
        CaseEvent last = cases.timeline(record.caseId()).stream()
                .filter(e -> e.taskKey() != null && SURVEY_STEPS.contains(e.taskKey()) && e.detail() != null)
                .reduce((first, second) -> second)
                .orElse(null);
        if (last == null) {
            sheet.row("调查人员", "").row("调查日期", "").row("调查情况", "");
            return;
        }
        try {
            JsonNode detail = json.readTree(last.detail());
            List<String> investigators = json.convertValue(detail.path("investigators"),
                    json.getTypeFactory().constructCollectionType(List.class, String.class));
            sheet.row("调查人员", String.join("、", investigators));
            sheet.row("调查日期", detail.path("visitDate").asText(""));
            sheet.row("调查情况", detail.path("findings").asText(""));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("survey detail of case " + record.caseId() + " is not JSON", e);
        }
    }

    private static String nameOf(Household household, String idNumber) {
        return household.members().stream().filter(m -> m.idNumber().equals(idNumber)).map(Member::name).findFirst()
                .orElse("家庭");
    }

    private static String note(String note) {
        return note == null || note.isBlank() ? "" : "（" + note + "）";
    }
}

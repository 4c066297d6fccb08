package org.yangguang.report.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.casework.CaseFiles;
import org.yangguang.casework.CaseRecord;
import org.yangguang.excel.SheetWriter;
import org.yangguang.identity.CurrentOfficer;
import org.yangguang.identity.Role;
import org.yangguang.report.ReportEvents;
import org.yangguang.report.SurveyForm;

/** {@code GET /api/cases/{caseId}/survey.xlsx}: the case's survey registration form, audited. */
@RestController
class SurveyFormController {

    private final SurveyForm forms;
    private final CaseFiles cases;
    private final CurrentOfficer current;
    private final ApplicationEventPublisher events;

    SurveyFormController(SurveyForm forms, CaseFiles cases, CurrentOfficer current, ApplicationEventPublisher events) {
        this.forms = forms;
        this.cases = cases;
        this.current = current;
        this.events = events;
    }

    /** The officers handling cases see full ID numbers, as on the case page; inspectors masked ones. */
    @GetMapping("/api/cases/{caseId}/survey.xlsx")
    @PreAuthorize("hasAnyRole('VILLAGE', 'TOWNSHIP', 'COUNTY', 'INSPECTOR')")
    void survey(@PathVariable long caseId, HttpServletResponse response) throws IOException {
        CaseRecord record = cases.require(caseId);
        current.jurisdiction().requireReadable(record.regionCode());
        boolean fullIds = current.get().role() != Role.INSPECTOR;
        try (SheetWriter sheet = forms.of(record, fullIds)) {
            events.publishEvent(new ReportEvents.Exported(current.username(), "SURVEY_FORM", record.regionCode(),
                    sheet.rows()));
            XlsxResponse.send(sheet, "survey-" + caseId + ".xlsx", response);
        }
    }
}

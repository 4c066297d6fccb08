package org.yangguang.casework;

import org.springframework.stereotype.Component;
import org.yangguang.casework.internal.CasePolicyMapper;

/** Whole-case deadlines, notice periods and review rules, from the {@code case_policy} table. */
@Component
public class CasePolicy {

    public static final String CASE_WORKING_DAYS = "caseWorkingDays";
    public static final String SPECIAL_CASE_WORKING_DAYS = "specialCaseWorkingDays";
    public static final String REFUSAL_NOTICE_WORKING_DAYS = "refusalNoticeWorkingDays";
    public static final String LIST_NOTICE_DAYS = "listNoticeDays";
    public static final String APPLICATION_NOTICE_DAYS = "applicationNoticeDays";
    public static final String EVIDENCE_DAYS = "evidenceDays";
    public static final String SURVEY_MIN_INVESTIGATORS = "surveyMinInvestigators";
    public static final String REVIEW_RESIDENT_SHARE_NUMERATOR = "reviewResidentShareNumerator";
    public static final String REVIEW_RESIDENT_SHARE_DENOMINATOR = "reviewResidentShareDenominator";

    private final CasePolicyMapper policies;

    CasePolicy(CasePolicyMapper policies) {
        this.policies = policies;
    }

    public int value(String name) {
        Integer value = policies.findValue(name);
        if (value == null) {
            throw new IllegalStateException("case policy " + name + " is not set in table case_policy");
        }
        return value;
    }
}

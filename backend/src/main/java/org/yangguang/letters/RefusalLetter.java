package org.yangguang.letters;

import java.time.LocalDate;
import java.util.List;

/** What a refusal notice says: to whom, where they live, why, and when the county decided. */
public record RefusalLetter(
        String caseId,
        String applicantName,
        String villageName,
        String townshipName,
        String countyName,
        List<String> reasons,
        LocalDate decidedOn) {}

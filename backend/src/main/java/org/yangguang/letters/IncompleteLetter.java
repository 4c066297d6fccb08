package org.yangguang.letters;

import java.time.LocalDate;
import java.util.List;

/** What a notice of missing materials says: to whom, every missing item, and its date. */
public record IncompleteLetter(
        String caseId,
        String applicantName,
        String villageName,
        String townshipName,
        List<String> missingItems,
        LocalDate notifiedOn) {}

package org.yangguang.letters;

import java.time.LocalDate;
import java.util.List;

/** What the request for counter-evidence (举证通知书) says: the findings and the deadline. */
public record EvidenceRequestLetter(
        String caseId, String householdHead, String villageName, String townshipName, List<String> findings,
        LocalDate deadline, LocalDate issuedOn) {}

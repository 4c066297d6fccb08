package org.yangguang.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.yangguang.household.Household;
import org.yangguang.household.HouseholdService;
import org.yangguang.letters.DecisionLetter;
import org.yangguang.letters.EvidenceRequestLetter;
import org.yangguang.letters.GeneratedLetter;
import org.yangguang.letters.IncompleteLetter;
import org.yangguang.letters.LetterService;
import org.yangguang.letters.RefusalLetter;
import org.yangguang.region.RegionCodes;
import org.yangguang.region.RegionService;

/** Generates a case's letters and keeps them with the case. */
@Component
public class CaseLetters {

    public static final String INCOMPLETE = "INCOMPLETE_NOTICE";
    public static final String REFUSAL = "REFUSAL_NOTICE";
    public static final String EVIDENCE_REQUEST = "EVIDENCE_REQUEST";
    public static final String DECISION = "DECISION_NOTICE";

    private final LetterService letters;
    private final CaseFiles cases;
    private final HouseholdService households;
    private final RegionService regions;
    private final Clock clock;

    CaseLetters(LetterService letters, CaseFiles cases, HouseholdService households, RegionService regions,
            Clock clock) {
        this.letters = letters;
        this.cases = cases;
        this.households = households;
        this.regions = regions;
        this.clock = clock;
    }

    public CaseDocument incompleteMaterials(long caseId, List<String> missingItems, String actor) {
        CaseRecord record = cases.require(caseId);
        Household household = households.require(record.householdId());
        GeneratedLetter letter = letters.incompleteMaterialsNotice(new IncompleteLetter(String.valueOf(caseId),
                household.head().name(), name(record.regionCode()), name(RegionCodes.townshipOf(record.regionCode())),
                missingItems, LocalDate.now(clock)));
        return keep(caseId, INCOMPLETE, letter, actor);
    }

    public CaseDocument refusal(long caseId, List<String> reasons, String actor) {
        CaseRecord record = cases.require(caseId);
        Household household = households.require(record.householdId());
        String village = record.regionCode();
        GeneratedLetter letter = letters.refusalNotice(new RefusalLetter(String.valueOf(caseId), household.head().name(),
                name(village), name(RegionCodes.townshipOf(village)), name(RegionCodes.countyOf(village)), reasons,
                LocalDate.now(clock)));
        return keep(caseId, REFUSAL, letter, actor);
    }

    public CaseDocument evidenceRequest(long caseId, List<String> findings, LocalDate deadline, String actor) {
        CaseRecord record = cases.require(caseId);
        Household household = households.require(record.householdId());
        GeneratedLetter letter = letters.evidenceRequest(new EvidenceRequestLetter(String.valueOf(caseId),
                household.head().name(), name(record.regionCode()), name(RegionCodes.townshipOf(record.regionCode())),
                findings, deadline, LocalDate.now(clock)));
        return keep(caseId, EVIDENCE_REQUEST, letter, actor);
    }

    /** A stop ({@code stop}) or reduction from {@code effectiveMonth}, with reasons and any recovery sentence. */
    public CaseDocument decision(long caseId, boolean stop, List<String> reasons, String effectiveMonth,
            String newAmount, String recovery, String actor) {
        CaseRecord record = cases.require(caseId);
        Household household = households.require(record.householdId());
        GeneratedLetter letter = letters.decisionNotice(new DecisionLetter(String.valueOf(caseId), household.head().name(),
                name(record.regionCode()), name(RegionCodes.townshipOf(record.regionCode())), stop, reasons,
                effectiveMonth, newAmount, recovery, LocalDate.now(clock)));
        return keep(caseId, DECISION, letter, actor);
    }

    private CaseDocument keep(long caseId, String kind, GeneratedLetter letter, String actor) {
        CaseDocument document =
                cases.storeDocument(caseId, kind, letter.fileName(), letter.contentType(), letter.content(), actor);
        cases.record(caseId, new CaseEventDraft(actor, null, "LETTER_ISSUED", null, kind, null,
                "{\"documentId\":" + document.documentId() + "}"));
        return document;
    }

    private String name(String regionCode) {
        return regions.find(regionCode).map(r -> r.name()).orElse(regionCode);
    }
}

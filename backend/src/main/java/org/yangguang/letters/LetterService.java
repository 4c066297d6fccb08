package org.yangguang.letters;

import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/** Writes the letters a case needs, as .docx files in Chinese. */
@Service
public class LetterService {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Pattern UNSAFE_IN_FILE_NAME = Pattern.compile("[^A-Za-z0-9._-]");

    private final LetterProperties county;
    private final LetterTemplate refusal = LetterTemplate.load("letters/refusal.txt");
    private final LetterTemplate incomplete = LetterTemplate.load("letters/incomplete.txt");
    private final LetterTemplate evidenceRequest = LetterTemplate.load("letters/evidence-request.txt");
    private final LetterTemplate decision = LetterTemplate.load("letters/decision.txt");

    public LetterService(LetterProperties county) {
        this.county = county;
    }

    /**
     * The refusal notice with every reason and the appeal rights: an administrative review or a
     * lawsuit, within the county's periods, before its named bodies.
     */
    public GeneratedLetter refusalNotice(RefusalLetter letter) {
        LetterFields fields = new LetterFields()
                .required("caseId", letter.caseId())
                .required("applicantName", letter.applicantName())
                .optional("villageName", letter.villageName())
                .optional("townshipName", letter.townshipName())
                .optional("countyName", letter.countyName())
                .items("reasons", letter.reasons())
                .date("decidedOn", letter.decidedOn());
        withAppealRights(fields);
        return docx("refusal", letter.caseId(), refusal, fields);
    }

    /** The one-time notice that lists every missing material at once. */
    public GeneratedLetter incompleteMaterialsNotice(IncompleteLetter letter) {
        LetterFields fields = new LetterFields()
                .required("caseId", letter.caseId())
                .required("applicantName", letter.applicantName())
                .optional("villageName", letter.villageName())
                .optional("townshipName", letter.townshipName())
                .items("missingItems", letter.missingItems())
                .date("notifiedOn", letter.notifiedOn());
        return docx("incomplete-materials", letter.caseId(), incomplete, fields);
    }

    /** The request to a receiving household to answer the findings of the verification before a deadline. */
    public GeneratedLetter evidenceRequest(EvidenceRequestLetter letter) {
        LetterFields fields = new LetterFields()
                .required("caseId", letter.caseId())
                .required("householdHead", letter.householdHead())
                .optional("villageName", letter.villageName())
                .optional("townshipName", letter.townshipName())
                .items("findings", letter.findings())
                .date("deadline", letter.deadline())
                .date("issuedOn", letter.issuedOn())
                .required("bureau", county.bureau());
        return docx("evidence-request", letter.caseId(), evidenceRequest, fields);
    }

    /** The stop or reduction of the allowance, with reasons, the new amount, any recovery, and the appeal rights. */
    public GeneratedLetter decisionNotice(DecisionLetter letter) {
        LetterFields fields = new LetterFields()
                .required("caseId", letter.caseId())
                .required("householdHead", letter.householdHead())
                .optional("villageName", letter.villageName())
                .optional("townshipName", letter.townshipName())
                .required("decision", letter.stop() ? "停发" : "减发")
                .items("reasons", letter.reasons())
                .required("effectiveMonth", letter.effectiveMonth())
                .required("newAmount", letter.newAmount())
                .optional("recovery", letter.recovery())
                .date("decidedOn", letter.decidedOn());
        withAppealRights(fields);
        return docx(letter.stop() ? "stop" : "reduction", letter.caseId(), decision, fields);
    }

    /** The bureau that decided and where and how long the household may ask for review or go to court. */
    private void withAppealRights(LetterFields fields) {
        fields.required("bureau", county.bureau())
                .required("reviewBody", county.reviewBody())
                .number("reviewDays", county.reviewDays())
                .required("court", county.court())
                .number("litigationMonths", county.litigationMonths());
    }

    private static GeneratedLetter docx(String kind, String caseId, LetterTemplate template, LetterFields fields) {
        byte[] content = DocxWriter.write(template.render(fields.values()));
        String fileName = kind + "-" + UNSAFE_IN_FILE_NAME.matcher(caseId.strip()).replaceAll("_") + ".docx";
        return new GeneratedLetter(fileName, DOCX, content);
    }
}

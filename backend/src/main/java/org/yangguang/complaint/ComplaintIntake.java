package org.yangguang.complaint;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.casework.CaseFiles;
import org.yangguang.casework.CaseRecord;
import org.yangguang.common.PlainText;
import org.yangguang.common.Violations;
import org.yangguang.complaint.ComplaintEvents.ComplaintRegistered;
import org.yangguang.complaint.internal.ComplaintMapper;
import org.yangguang.complaint.internal.IdHolder;
import org.yangguang.household.Household;
import org.yangguang.household.HouseholdService;
import org.yangguang.identity.Jurisdiction;
import org.yangguang.identity.OfficerService;
import org.yangguang.identity.OfficerView;
import org.yangguang.notice.NoticeEvents.ObjectionFiled;
import org.yangguang.notice.Objection;
import org.yangguang.process.ProcessVariables;
import org.yangguang.region.RegionCodes;

/**
 * Registers complaints — from the desk ({@link #register}) and from every objection filed on the
 * public board — and starts process {@code complaint} for each, in the caller's transaction.
 */
@Service
public class ComplaintIntake {

    public static final String PROCESS_KEY = "complaint";
    static final String COMPLAINT_ID = ProcessVariables.COMPLAINT_ID;
    static final String INVESTIGATOR_GROUP = "investigatorGroup";
    static final int MAX_CONTENT = 2000;
    static final int MAX_NAME = 50;
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{7,20}");
    private static final String PUBLIC = "public";

    private final ComplaintMapper complaints;
    private final CaseFiles cases;
    private final HouseholdService households;
    private final OfficerService officers;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplaintIntake(ComplaintMapper complaints, CaseFiles cases, HouseholdService households, OfficerService officers,
            RuntimeService runtime, ApplicationEventPublisher events, Clock clock) {
        this.complaints = complaints;
        this.cases = cases;
        this.households = households;
        this.officers = officers;
        this.runtime = runtime;
        this.events = events;
        this.clock = clock;
    }

    /** A complaint taken at the desk by the officer, within the officer's jurisdiction. */
    @Transactional
    public Complaint register(ComplaintForm form, OfficerView officer, Jurisdiction jurisdiction) {
        Violations violations = new Violations();
        ComplaintChannel channel = channel(form.channel(), violations);
        boolean anonymous = Boolean.TRUE.equals(form.anonymous());
        String name = anonymous ? null : PlainText.of(form.complainantName());
        String phone = anonymous ? null : PlainText.of(form.complainantPhone());
        String content = PlainText.of(form.content());
        violations.addIf(!anonymous && name == null, "complainantName", "complaint.name.required");
        violations.addIf(name != null && name.length() > MAX_NAME, "complainantName", "complaint.name.tooLong", MAX_NAME);
        violations.addIf(phone != null && !PHONE.matcher(phone).matches(), "complainantPhone", "complaint.phone.format");
        violations.addIf(content == null, "content", "complaint.content.required");
        violations.addIf(content != null && content.length() > MAX_CONTENT, "content", "complaint.content.tooLong",
                MAX_CONTENT);
        violations.addIf(form.caseId() == null && form.householdId() == null && blank(form.officerUsername()),
                "caseId", "complaint.subject.required");
        CaseRecord caseRecord = form.caseId() == null ? null : cases.find(form.caseId()).orElse(null);
        violations.addIf(form.caseId() != null && (caseRecord == null || !jurisdiction.canRead(caseRecord.regionCode())),
                "caseId", "complaint.case.notFound");
        Long householdId = caseRecord != null ? Long.valueOf(caseRecord.householdId()) : form.householdId();
        Household household = householdId == null ? null : households.find(householdId).orElse(null);
        violations.addIf(caseRecord == null && form.householdId() != null
                        && (household == null || !jurisdiction.canRead(household.regionCode())),
                "householdId", "complaint.household.notFound");
        String officerUsername = blank(form.officerUsername()) ? null : form.officerUsername().trim();
        OfficerView named = officerUsername == null ? null : officers.find(officerUsername).orElse(null);
        violations.addIf(officerUsername != null && (named == null
                        || !RegionCodes.countyOf(named.regionCode()).equals(RegionCodes.countyOf(officer.regionCode()))),
                "officerUsername", "complaint.officer.notFound");
        violations.throwIfAny();

        String region = caseRecord != null ? caseRecord.regionCode()
                : household != null ? household.regionCode()
                : RegionCodes.countyOf(officer.regionCode());
        if (caseRecord != null || household != null) {
            jurisdiction.requireWritable(region);
        }
        return store(new Complaint(0, TrackingCodes.next(), channel, anonymous, name, phone,
                caseRecord == null ? null : caseRecord.caseId(), householdId, officerUsername, null, region,
                levelFor(region, officerUsername), content, ComplaintStatus.OPEN, null, null, null, false, null,
                clock.instant(), null, null, officer.username()), officer.username());
    }

    /** Every objection from the public board is a complaint too, under the objection's tracking code. */
    @EventListener
    void onObjection(ObjectionFiled filed) {
        Objection objection = filed.objection();
        CaseRecord caseRecord = cases.require(objection.caseId());
        String name = PlainText.of(objection.contactName());
        store(new Complaint(0, objection.trackingCode(), ComplaintChannel.ONLINE, name == null, name,
                PlainText.of(objection.contactPhone()), caseRecord.caseId(), caseRecord.householdId(), null,
                objection.objectionId(), caseRecord.regionCode(), levelFor(caseRecord.regionCode(), null),
                java.util.Objects.requireNonNullElse(PlainText.of(objection.content()), ""), ComplaintStatus.OPEN, null, null, null, false, null,
                objection.receivedAt(), null, null, PUBLIC), PUBLIC);
    }

    private Complaint store(Complaint draft, String actor) {
        IdHolder id = new IdHolder();
        complaints.insert(id, draft);
        long complaintId = id.getValue();
        Map<String, Object> variables = new HashMap<>();
        variables.put(COMPLAINT_ID, complaintId);
        variables.put(ProcessVariables.VILLAGE_CODE, draft.regionCode());
        variables.put(ProcessVariables.COUNTY_CODE, RegionCodes.countyOf(draft.regionCode()));
        variables.put(INVESTIGATOR_GROUP, draft.investigatingLevel() == InvestigatingLevel.COUNTY
                ? "county-" + RegionCodes.countyOf(draft.regionCode())
                : "township-" + RegionCodes.townshipOf(draft.regionCode()));
        String instance = runtime.startProcessInstanceByKey(PROCESS_KEY, draft.trackingCode(), variables).getId();
        complaints.setProcessInstance(complaintId, instance);
        Complaint stored = complaints.find(complaintId);
        events.publishEvent(new ComplaintRegistered(stored, actor));
        return stored;
    }

    private static InvestigatingLevel levelFor(String regionCode, String officerUsername) {
        boolean countyLevel = RegionCodes.countyOf(regionCode).equals(regionCode);
        return officerUsername != null || countyLevel ? InvestigatingLevel.COUNTY : InvestigatingLevel.TOWNSHIP;
    }

    private static ComplaintChannel channel(String text, Violations violations) {
        for (ComplaintChannel channel : ComplaintChannel.AT_THE_DESK) {
            if (channel.name().equals(text)) {
                return channel;
            }
        }
        violations.add("channel", "complaint.channel.invalid");
        return null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

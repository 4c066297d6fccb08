package org.yangguang.complaint;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.yangguang.common.NotFoundException;
import org.yangguang.complaint.internal.ComplaintMapper;
import org.yangguang.identity.Jurisdiction;
import org.yangguang.region.RegionScope;

/** Reading the ledger: by id within a jurisdiction, by case, by tracking code for the public. */
@Service
public class Complaints {

    private final ComplaintMapper complaints;

    Complaints(ComplaintMapper complaints) {
        this.complaints = complaints;
    }

    /** The complaint when the jurisdiction reads its region; otherwise it does not exist (404). */
    public Complaint readable(long complaintId, Jurisdiction jurisdiction) {
        Complaint complaint = complaints.find(complaintId);
        if (complaint == null) {
            throw new NotFoundException("error.notFound");
        }
        jurisdiction.requireReadable(complaint.regionCode());
        return complaint;
    }

    /** The ledger of the scope, newest first, narrowed by the filter. */
    public List<Complaint> ledger(RegionScope scope, LedgerFilter filter) {
        return complaints.list(scope.likePattern(), filter.status() == null ? null : filter.status().name(),
                filter.caseId(), filter.householdId());
    }

    public List<Complaint> ofCase(long caseId) {
        return complaints.ofCase(caseId);
    }

    public Optional<Complaint> byProcessInstance(String processInstanceId) {
        return Optional.ofNullable(complaints.findByProcessInstance(processInstanceId));
    }

    public Complaint track(String trackingCode) {
        Complaint complaint = trackingCode == null ? null : complaints.findByTrackingCode(trackingCode.trim());
        if (complaint == null) {
            throw new NotFoundException("complaint.notFound");
        }
        return complaint;
    }
}

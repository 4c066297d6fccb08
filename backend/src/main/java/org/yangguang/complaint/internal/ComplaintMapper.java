package org.yangguang.complaint.internal;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.yangguang.complaint.Complaint;

@Mapper
public interface ComplaintMapper {

    void insert(@Param("id") IdHolder id, @Param("c") Complaint complaint);

    Complaint find(@Param("id") long complaintId);

    Complaint findByTrackingCode(@Param("code") String trackingCode);

    Complaint findByProcessInstance(@Param("pid") String processInstanceId);

    List<Complaint> ofCase(@Param("caseId") long caseId);

    List<Complaint> list(@Param("regionPattern") String regionPattern, @Param("status") String status,
            @Param("caseId") Long caseId, @Param("householdId") Long householdId);

    void setProcessInstance(@Param("id") long complaintId, @Param("pid") String processInstanceId);

    void setDue(@Param("id") long complaintId, @Param("due") Instant due);

    void recordFindings(@Param("id") long complaintId, @Param("founded") boolean founded,
            @Param("findings") String findings);

    void markEscalated(@Param("id") long complaintId);

    int close(@Param("id") long complaintId, @Param("reply") String reply, @Param("at") Instant at);
}

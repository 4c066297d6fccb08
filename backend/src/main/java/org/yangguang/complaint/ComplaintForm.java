package org.yangguang.complaint;

/** What the officer at the desk records ({@code POST /api/complaints}). */
public record ComplaintForm(
        String channel,
        Boolean anonymous,
        String complainantName,
        String complainantPhone,
        Long caseId,
        Long householdId,
        String officerUsername,
        String content) {

    @Override
    public String toString() {
        return "ComplaintForm[hidden]";
    }
}

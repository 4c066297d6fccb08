package org.yangguang.audit.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.yangguang.audit.AuditEvent;
import org.yangguang.common.logging.MaskingConverter;

/** An event as the inspectors' pages read it: the detail as JSON, ID numbers masked as in every list. */
record AuditEventView(
        long id,
        Instant at,
        String actor,
        String role,
        String regionCode,
        String type,
        Long caseId,
        Long householdId,
        Object detail,
        String hash,
        String prevHash) {

    static AuditEventView of(AuditEvent e, ObjectMapper json) {
        return new AuditEventView(e.id(), e.at(), e.actor(), e.role(), e.regionCode(), e.type(), e.caseId(),
                e.householdId(), detail(MaskingConverter.mask(e.detail()), json), e.hash(), e.prevHash());
    }

    private static Object detail(String text, ObjectMapper json) {
        if (text == null) {
            return null;
        }
        try {
            JsonNode node = json.readTree(text);
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return text;
        }
    }
}

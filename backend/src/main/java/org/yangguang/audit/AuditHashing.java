package org.yangguang.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The canonical content of a row — a JSON array of its fields in a fixed order, the time as
 * epoch milliseconds — and its SHA-256, which covers the previous row's hash too.
 */
final class AuditHashing {

    static final String GENESIS = "0".repeat(64);
    private static final ObjectMapper CANONICAL = new ObjectMapper();

    private AuditHashing() {}

    static String hash(AuditEvent event) {
        return sha256(canonical(event));
    }

    static String canonical(AuditEvent e) {
        try {
            return CANONICAL.writeValueAsString(Arrays.asList(e.id(), e.at().toEpochMilli(), e.actor(), e.role(),
                    e.regionCode(), e.type(), e.caseId(), e.householdId(), e.detail(), e.prevHash()));
        } catch (JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

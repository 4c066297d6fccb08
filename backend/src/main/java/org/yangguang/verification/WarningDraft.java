package org.yangguang.verification;

/**
 * A warning a rule would raise; {@code evidenceKey} identifies the evidence, so matching the same
 * data again never raises the same warning twice.
 */
public record WarningDraft(
        String personId, String personKind, String source, WarningCode code, String evidenceKey, String detail,
        String evidence) {}

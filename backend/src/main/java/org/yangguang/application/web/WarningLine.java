package org.yangguang.application.web;

import java.time.Instant;
import org.yangguang.common.logging.MaskingConverter;
import org.yangguang.verification.Warning;

/** A warning as cases and households show it: source, code, what was found, status; the person's ID masked. */
record WarningLine(long warningId, String source, String code, String detail, String status, String person,
        Instant raisedAt, Instant resolvedAt, String resolution) {

    static WarningLine of(Warning w) {
        return new WarningLine(w.warningId(), w.source(), w.code().name(), w.detail(), w.status().name(),
                MaskingConverter.mask(w.personId()), w.raisedAt(), w.resolvedAt(), w.resolution());
    }
}

package org.yangguang.verification;

import java.time.Instant;

/**
 * A household registered as a close relative of an official or village cadre: DECLARED by the
 * application, or MATCHED by the roster of officials.
 */
public record RelativeRegistration(
        long householdId,
        Long caseId,
        String memberIdNumber,
        String officialIdNumber,
        String officialName,
        String officialPosition,
        String relation,
        String origin,
        Instant registeredAt) {}

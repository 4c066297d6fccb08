package org.yangguang.identity;

import java.time.Instant;

/** A signed-in user of the system, stored with a BCrypt hash and the state of the lockout. */
public record Officer(
        String username,
        String displayName,
        Role role,
        String regionCode,
        boolean enabled,
        String passwordHash,
        int failedLogins,
        Instant lockedUntil) {

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** The officer as other features and the browser may see it: never the hash. */
    public OfficerView view() {
        return new OfficerView(username, displayName, role, regionCode, enabled, lockedUntil);
    }
}

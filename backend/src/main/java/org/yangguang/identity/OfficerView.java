package org.yangguang.identity;

import java.time.Instant;
import java.util.List;

/** An officer without secrets. */
public record OfficerView(
        String username, String displayName, Role role, String regionCode, boolean enabled, Instant lockedUntil) {

    /** Camunda group ids: the role's jurisdiction group first, then the role group. */
    public List<String> groups() {
        return List.of(role.groupFor(regionCode), role.group());
    }
}

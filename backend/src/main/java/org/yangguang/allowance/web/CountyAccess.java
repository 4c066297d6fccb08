package org.yangguang.allowance.web;

import org.springframework.stereotype.Component;
import org.yangguang.allowance.CountyCodes;
import org.yangguang.identity.CurrentOfficer;

/**
 * Which county a policy request is about: the one asked for, or the caller's own. Policies are
 * public knowledge, so every officer reads any county's; a change must lie in the caller's
 * jurisdiction (a malformed code is left to the service, which answers 400).
 */
@Component
class CountyAccess {

    private final CurrentOfficer officers;

    CountyAccess(CurrentOfficer officers) {
        this.officers = officers;
    }

    String readable(String requested) {
        if (requested != null && !requested.isBlank()) {
            return requested.trim();
        }
        return CountyCodes.countyOf(officers.get().regionCode());
    }

    String writable(String requested) {
        String county = readable(requested);
        if (CountyCodes.isCountyCode(county)) {
            officers.jurisdiction().requireWritable(county);
        }
        return county;
    }
}

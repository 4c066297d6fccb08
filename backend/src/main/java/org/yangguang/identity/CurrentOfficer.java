package org.yangguang.identity;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.yangguang.region.RegionService;

/** The officer behind the current request, as stored now (not as at login), and their jurisdiction. */
@Component
public class CurrentOfficer {

    private final OfficerService officers;
    private final RegionService regions;

    CurrentOfficer(OfficerService officers, RegionService regions) {
        this.officers = officers;
        this.regions = regions;
    }

    public String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("no officer signed in");
        }
        return authentication.getName();
    }

    public OfficerView get() {
        return officers.require(username());
    }

    public Jurisdiction jurisdiction() {
        return jurisdictionOf(get());
    }

    public Jurisdiction jurisdictionOf(OfficerView officer) {
        return new Jurisdiction(
                officer.username(),
                officer.role(),
                regions.require(officer.regionCode()).scope());
    }
}

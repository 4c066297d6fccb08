package org.yangguang.identity;

import org.yangguang.common.ForbiddenException;
import org.yangguang.common.NotFoundException;
import org.yangguang.region.Region;
import org.yangguang.region.RegionScope;

/**
 * The guard every read and write of case data goes through: the caller's role and region subtree.
 * A village officer's scope is its village, a township's its villages, the county's and an
 * inspector's the whole county. Reads outside answer 404 (the case is not there for the caller);
 * writes outside, and every write by a read-only role, answer 403; an administrator reads no case
 * data at all (403).
 */
public record Jurisdiction(String username, Role role, RegionScope scope) {

    /** The scope case queries must be limited to. */
    public RegionScope readScope() {
        if (!role.readsCases()) {
            throw new ForbiddenException("jurisdiction.noCaseData");
        }
        return scope;
    }

    public boolean canRead(String regionCode) {
        return role.readsCases() && scope.contains(regionCode);
    }

    /** For a record the caller asked for by id: outside the scope it does not exist. */
    public void requireReadable(String regionCode) {
        if (!readScope().contains(regionCode)) {
            throw new NotFoundException("error.notFound");
        }
    }

    /** For a change: read-only roles and regions outside the scope are refused. */
    public void requireWritable(String regionCode) {
        if (!role.writesCases()) {
            throw new ForbiddenException("jurisdiction.readOnly");
        }
        if (!scope.contains(regionCode)) {
            throw new ForbiddenException("jurisdiction.outside");
        }
    }

    /**
     * A list filter: the requested region's subtree when it lies inside the scope, the whole scope
     * when none was asked for or the request is wider than the scope; a region outside the scope
     * is not there for the caller.
     */
    public RegionScope narrowTo(Region requested) {
        RegionScope own = readScope();
        if (requested == null) {
            return own;
        }
        RegionScope wanted = requested.scope();
        if (wanted.prefix().startsWith(own.prefix())) {
            return wanted;
        }
        if (own.prefix().startsWith(wanted.prefix())) {
            return own;
        }
        throw new NotFoundException("error.notFound");
    }
}

package org.yangguang.region;

/** What happens to the tree; the audit trail listens. */
public final class RegionEvents {

    private RegionEvents() {}

    public record RegionCreated(Region region, String actor) {}

    public record RegionRenamed(String code, String oldName, String newName, String actor) {}
}

package org.yangguang.region;

/**
 * A subtree of the administrative tree, as the code prefix all its regions share. Queries filter
 * with {@link #likePattern()}; checks in code use {@link #contains(String)}.
 */
public record RegionScope(String prefix) {

    public boolean contains(String regionCode) {
        return regionCode != null && regionCode.startsWith(prefix);
    }

    public String likePattern() {
        return prefix + "%";
    }
}

package org.yangguang.identity;

/** What an administrator fills in to create an officer or change one ({@code password} only on create). */
public record OfficerDraft(
        String username, String displayName, Role role, String regionCode, Boolean enabled, String password) {

    @Override
    public String toString() {
        return "OfficerDraft[username=" + username + ", role=" + role + ", regionCode=" + regionCode + "]";
    }
}

package org.yangguang.identity;

import java.time.Instant;

/** What happens to accounts and sessions; the audit trail listens. Never carries a password. */
public final class IdentityEvents {

    private IdentityEvents() {}

    /** Where a password was presented: the browser login, HTTP Basic, or Camunda's webapps. */
    public enum Channel {
        BROWSER,
        BASIC,
        CAMUNDA_WEBAPP
    }

    public record LoginSucceeded(String username, Channel channel) {}

    public record LoginFailed(String username, Channel channel, String reason) {}

    public record AccountLocked(String username, Instant until) {}

    public record LoggedOut(String username) {}

    public record OfficerCreated(OfficerView officer, String actor) {}

    public record OfficerUpdated(OfficerView before, OfficerView after, String actor) {}

    public record PasswordReset(String username, String actor) {}

    public record PasswordChanged(String username) {}

    public record OfficerUnlocked(String username, String actor) {}
}

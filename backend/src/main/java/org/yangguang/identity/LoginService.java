package org.yangguang.identity;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.yangguang.identity.IdentityEvents.AccountLocked;
import org.yangguang.identity.IdentityEvents.Channel;
import org.yangguang.identity.IdentityEvents.LoginFailed;
import org.yangguang.identity.IdentityEvents.LoginSucceeded;
import org.yangguang.identity.internal.OfficerMapper;

/**
 * Checks a username and password, and keeps the lockout: after the configured number of
 * consecutive failures the account refuses every password, the right one too, until the lock
 * ends. Every channel that takes a password calls {@link #authenticate}.
 *
 * <p>Deliberately not transactional: a failure must be counted even though the caller then
 * throws.
 */
@Service
public class LoginService {

    private final OfficerMapper officers;
    private final PasswordEncoder passwords;
    private final SecurityPolicy.Lockout lockout;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PasswordChangePolicy passwordChange;
    private final String unknownUserHash;

    LoginService(
            OfficerMapper officers,
            PasswordEncoder passwords,
            SecurityPolicy policy,
            Clock clock,
            ApplicationEventPublisher events,
            PasswordChangePolicy passwordChange) {
        this.officers = officers;
        this.passwords = passwords;
        this.lockout = policy.lockout();
        this.clock = clock;
        this.events = events;
        this.passwordChange = passwordChange;
        this.unknownUserHash = passwords.encode("no such officer");
    }

    /**
     * @return the officer, when the password is right and the account is enabled and not locked
     * @throws LockedException while the account is locked
     * @throws BadCredentialsException for a wrong password, an unknown or a disabled account
     * @throws CredentialsExpiredException for a password everybody knows, where it must be changed,
     *     on a channel that cannot change it (HTTP Basic, Camunda's webapps); the browser signs in
     *     and is sent to the password change ({@link PasswordChangePolicy})
     */
    public Officer authenticate(String username, String password, Channel channel) {
        Officer officer = username == null ? null : officers.findByUsername(username);
        if (officer == null || !officer.enabled()) {
            passwords.matches(String.valueOf(password), unknownUserHash);
            events.publishEvent(new LoginFailed(username, channel, officer == null ? "UNKNOWN" : "DISABLED"));
            throw new BadCredentialsException("bad credentials");
        }
        Instant now = clock.instant();
        if (officer.isLockedAt(now)) {
            events.publishEvent(new LoginFailed(username, channel, "LOCKED"));
            throw new LockedException("locked");
        }
        if (password == null || !passwords.matches(password, officer.passwordHash())) {
            recordFailure(officer, now, channel);
            throw new BadCredentialsException("bad credentials");
        }
        if (officer.failedLogins() > 0 || officer.lockedUntil() != null) {
            officers.clearFailures(username);
        }
        if (channel != Channel.BROWSER && passwordChange.requiredFor(password)) {
            events.publishEvent(new LoginFailed(username, channel, "PASSWORD_CHANGE_REQUIRED"));
            throw new CredentialsExpiredException("password must be changed");
        }
        events.publishEvent(new LoginSucceeded(username, channel));
        return officer;
    }

    private void recordFailure(Officer officer, Instant now, Channel channel) {
        officers.incrementFailedLogins(officer.username());
        events.publishEvent(new LoginFailed(officer.username(), channel, "BAD_PASSWORD"));
        if (officers.findByUsername(officer.username()).failedLogins() >= lockout.maxFailures()) {
            Instant until = now.plus(lockout.duration());
            officers.lockUntil(officer.username(), until);
            events.publishEvent(new AccountLocked(officer.username(), until));
        }
    }
}

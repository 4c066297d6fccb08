package org.yangguang.identity;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yangguang.common.ConflictException;
import org.yangguang.common.NotFoundException;
import org.yangguang.common.Violations;
import org.yangguang.identity.IdentityEvents.OfficerCreated;
import org.yangguang.identity.IdentityEvents.OfficerUnlocked;
import org.yangguang.identity.IdentityEvents.OfficerUpdated;
import org.yangguang.identity.IdentityEvents.PasswordChanged;
import org.yangguang.identity.IdentityEvents.PasswordReset;
import org.yangguang.identity.internal.OfficerMapper;
import org.yangguang.region.Region;
import org.yangguang.region.RegionService;

/** Creating, changing, unlocking officers, and their passwords. */
@Service
public class OfficerService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    private final OfficerMapper officers;
    private final RegionService regions;
    private final PasswordRules passwordRules;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    OfficerService(
            OfficerMapper officers,
            RegionService regions,
            PasswordRules passwordRules,
            PasswordEncoder passwords,
            ApplicationEventPublisher events) {
        this.officers = officers;
        this.regions = regions;
        this.passwordRules = passwordRules;
        this.passwords = passwords;
        this.events = events;
    }

    public List<OfficerView> list() {
        return officers.findAll().stream().map(Officer::view).toList();
    }

    public Optional<OfficerView> find(String username) {
        return Optional.ofNullable(officers.findByUsername(username)).map(Officer::view);
    }

    public OfficerView require(String username) {
        return find(username).orElseThrow(() -> new NotFoundException("officer.notFound", username));
    }

    public boolean isEmpty() {
        return officers.countAll() == 0;
    }

    @Transactional
    public OfficerView create(OfficerDraft draft, String actor) {
        Violations violations = new Violations();
        violations.addIf(
                draft.username() == null || !USERNAME.matcher(draft.username()).matches(),
                "username",
                "officer.username.format");
        checkProfile(draft, violations);
        passwordRules.check("password", draft.password(), violations);
        violations.throwIfAny();
        if (officers.findByUsername(draft.username()) != null) {
            throw new ConflictException("officer.exists", draft.username());
        }
        boolean enabled = draft.enabled() == null || draft.enabled();
        officers.insert(new Officer(
                draft.username(),
                draft.displayName().trim(),
                draft.role(),
                draft.regionCode(),
                enabled,
                passwords.encode(draft.password()),
                0,
                null));
        OfficerView created = require(draft.username());
        events.publishEvent(new OfficerCreated(created, actor));
        return created;
    }

    @Transactional
    public OfficerView update(String username, OfficerDraft draft, String actor) {
        OfficerView before = require(username);
        Violations violations = new Violations();
        checkProfile(draft, violations);
        violations.throwIfAny();
        boolean enabled = draft.enabled() == null ? before.enabled() : draft.enabled();
        boolean staysAdmin = enabled && draft.role() == Role.ADMIN;
        if (before.role() == Role.ADMIN && before.enabled() && !staysAdmin) {
            if (username.equals(actor)) {
                throw new ConflictException("officer.ownAdminRights");
            }
            if (officers.findAll().stream().noneMatch(o -> o.role() == Role.ADMIN && o.enabled() && !o.username().equals(username))) {
                throw new ConflictException("officer.lastAdmin");
            }
        }
        officers.updateProfile(new Officer(
                username, draft.displayName().trim(), draft.role(), draft.regionCode(), enabled, null, 0, null));
        OfficerView after = require(username);
        events.publishEvent(new OfficerUpdated(before, after, actor));
        return after;
    }

    @Transactional
    public void resetPassword(String username, String newPassword, String actor) {
        require(username);
        Violations violations = new Violations();
        passwordRules.check("password", newPassword, violations);
        violations.throwIfAny();
        officers.updatePasswordHash(username, passwords.encode(newPassword));
        events.publishEvent(new PasswordReset(username, actor));
    }

    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        Officer officer = officers.findByUsername(username);
        if (officer == null) {
            throw new NotFoundException("officer.notFound", username);
        }
        Violations violations = new Violations();
        violations.addIf(
                currentPassword == null || !passwords.matches(currentPassword, officer.passwordHash()),
                "currentPassword",
                "password.currentWrong");
        passwordRules.check("newPassword", newPassword, violations);
        violations.addIf(
                newPassword != null && newPassword.equals(currentPassword), "newPassword", "password.unchanged");
        violations.throwIfAny();
        officers.updatePasswordHash(username, passwords.encode(newPassword));
        events.publishEvent(new PasswordChanged(username));
    }

    @Transactional
    public void unlock(String username, String actor) {
        require(username);
        officers.clearFailures(username);
        events.publishEvent(new OfficerUnlocked(username, actor));
    }

    private void checkProfile(OfficerDraft draft, Violations violations) {
        violations.addIf(
                draft.displayName() == null || draft.displayName().isBlank(),
                "displayName",
                "officer.displayName.required");
        violations.addIf(draft.role() == null, "role", "officer.role.required");
        Optional<Region> region = regions.find(draft.regionCode());
        if (region.isEmpty()) {
            violations.add("regionCode", "officer.region.unknown");
        } else if (draft.role() != null && !draft.role().fits(region.get().kind())) {
            violations.add("regionCode", "officer.region.roleMismatch");
        }
    }
}

package org.yangguang.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.yangguang.allowance.AllowanceEvents;
import org.yangguang.calendar.CalendarEvents;
import org.yangguang.common.AccessDenied;
import org.yangguang.identity.IdentityEvents;
import org.yangguang.region.RegionEvents;

/** Records logins, refusals, and every change to officers, regions, calendars and allowance rules. */
@Component
class AdministrationAudit {

    private final AuditTrail trail;
    private final JsonDiff diff;

    AdministrationAudit(AuditTrail trail, JsonDiff diff) {
        this.trail = trail;
        this.diff = diff;
    }

    @EventListener
    void on(IdentityEvents.LoginSucceeded e) {
        trail.record(AuditDraft.of(e.username(), "LOGIN_SUCCEEDED", Map.of("channel", e.channel())));
    }

    @EventListener
    void on(IdentityEvents.LoginFailed e) {
        trail.record(AuditDraft.of(e.username(), "LOGIN_FAILED", Map.of("channel", e.channel(), "reason", e.reason())));
    }

    @EventListener
    void on(IdentityEvents.AccountLocked e) {
        trail.record(AuditDraft.of(e.username(), "ACCOUNT_LOCKED", Map.of("until", e.until().toString())));
    }

    @EventListener
    void on(IdentityEvents.LoggedOut e) {
        trail.record(AuditDraft.of(e.username(), "LOGGED_OUT", null));
    }

    @EventListener
    void on(AccessDenied e) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("method", e.method());
        detail.put("path", e.path());
        detail.put("reason", e.reason());
        trail.record(AuditDraft.of(e.actor(), "ACCESS_DENIED", detail));
    }

    @EventListener
    void on(AuditEvents.Exported e) {
        trail.record(AuditDraft.of(e.actor(), "EXPORTED", Map.of("what", e.what(), "rows", e.rows(), "filter", e.filter())));
    }

    @EventListener
    void on(IdentityEvents.OfficerCreated e) {
        trail.record(AuditDraft.of(e.actor(), "OFFICER_CREATED", e.officer()));
    }

    @EventListener
    void on(IdentityEvents.OfficerUpdated e) {
        trail.record(AuditDraft.of(e.actor(), "OFFICER_UPDATED",
                Map.of("username", e.after().username(), "changes", diff.between(e.before(), e.after()))));
    }

    @EventListener
    void on(IdentityEvents.PasswordReset e) {
        trail.record(AuditDraft.of(e.actor(), "PASSWORD_RESET", Map.of("username", e.username())));
    }

    @EventListener
    void on(IdentityEvents.PasswordChanged e) {
        trail.record(AuditDraft.of(e.username(), "PASSWORD_CHANGED", null));
    }

    @EventListener
    void on(IdentityEvents.OfficerUnlocked e) {
        trail.record(AuditDraft.of(e.actor(), "OFFICER_UNLOCKED", Map.of("username", e.username())));
    }

    @EventListener
    void on(RegionEvents.RegionCreated e) {
        trail.record(AuditDraft.of(e.actor(), "REGION_CREATED", e.region()));
    }

    @EventListener
    void on(RegionEvents.RegionRenamed e) {
        trail.record(AuditDraft.of(e.actor(), "REGION_RENAMED",
                Map.of("code", e.code(), "before", e.oldName(), "after", e.newName())));
    }

    @EventListener
    void on(CalendarEvents.DaySet e) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("day", e.day());
        detail.put("previous", e.previous());
        trail.record(AuditDraft.of(e.actor(), "CALENDAR_DAY_SET", detail));
    }

    @EventListener
    void on(CalendarEvents.DayRemoved e) {
        trail.record(AuditDraft.of(e.actor(), "CALENDAR_DAY_REMOVED", e.removed()));
    }

    @EventListener
    void on(AllowanceEvents.StandardAdded e) {
        trail.record(AuditDraft.of(e.actor(), "STANDARD_ADDED", added(e.standard(), e.closed())));
    }

    @EventListener
    void on(AllowanceEvents.AddOnRuleAdded e) {
        trail.record(AuditDraft.of(e.actor(), "ADDON_RULE_ADDED", added(e.rule(), e.closed())));
    }

    @EventListener
    void on(AllowanceEvents.AssetLimitAdded e) {
        trail.record(AuditDraft.of(e.actor(), "ASSET_LIMIT_ADDED", added(e.limit(), e.closed())));
    }

    @EventListener
    void on(AllowanceEvents.IncomeRuleAdded e) {
        trail.record(AuditDraft.of(e.actor(), "INCOME_RULE_ADDED", added(e.rule(), e.closed())));
    }

    private static Map<String, Object> added(Object row, Object closed) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("added", row);
        detail.put("closed", closed);
        return detail;
    }
}

package org.yangguang.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.yangguang.common.ApiException;
import org.yangguang.identity.CurrentOfficer;
import org.yangguang.identity.OfficerService;
import org.yangguang.identity.OfficerView;
import org.yangguang.identity.PasswordChangePolicy;
import org.yangguang.identity.PendingPasswordChange;
import org.yangguang.identity.SecurityPolicy;
import org.yangguang.region.RegionService;

/** Login, who am I, and changing one's own password. Logout is the security filter's. */
@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final AuthenticationManager authentication;
    private final SecurityContextRepository contexts;
    private final CurrentOfficer current;
    private final OfficerService officers;
    private final RegionService regions;
    private final SecurityPolicy policy;
    private final PasswordChangePolicy passwordChange;

    AuthController(
            AuthenticationManager authentication,
            SecurityContextRepository contexts,
            CurrentOfficer current,
            OfficerService officers,
            RegionService regions,
            SecurityPolicy policy,
            PasswordChangePolicy passwordChange) {
        this.policy = policy;
        this.passwordChange = passwordChange;
        this.authentication = authentication;
        this.contexts = contexts;
        this.current = current;
        this.officers = officers;
        this.regions = regions;
    }

    @PostMapping("/login")
    Me login(@RequestBody LoginRequest login, HttpServletRequest request, HttpServletResponse response) {
        Authentication signedIn;
        try {
            signedIn = authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(login.username(), login.password()));
        } catch (LockedException e) {
            throw new LoginRefused(HttpStatus.LOCKED, "auth.locked");
        } catch (BadCredentialsException e) {
            throw new LoginRefused(HttpStatus.UNAUTHORIZED, "auth.badCredentials");
        }
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        if (passwordChange.requiredFor(login.password())) {
            PendingPasswordChange.mark(request);
        }
        return me(officers.require(signedIn.getName()), request);
    }

    @GetMapping("/me")
    Me me(HttpServletRequest request) {
        return me(current.get(), request);
    }

    /** The password rules, so that the pages can say them before the server refuses. */
    @GetMapping("/password-policy")
    SecurityPolicy.Password passwordPolicy() {
        return policy.password();
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@RequestBody PasswordChange change, HttpServletRequest request) {
        officers.changeOwnPassword(current.username(), change.currentPassword(), change.newPassword());
        PendingPasswordChange.clear(request);
    }

    private Me me(OfficerView officer, HttpServletRequest request) {
        String regionName = regions.find(officer.regionCode()).map(r -> r.name()).orElse(null);
        return new Me(
                officer.username(),
                officer.displayName(),
                List.of(officer.role().name()),
                officer.regionCode(),
                regionName,
                PendingPasswordChange.isPending(request));
    }

    record LoginRequest(String username, String password) {
        @Override
        public String toString() {
            return "LoginRequest[username=" + username + "]";
        }
    }

    record PasswordChange(String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return "PasswordChange[hidden]";
        }
    }

    /** {@code passwordChangeRequired}: the session may do nothing but change the password (production profile). */
    record Me(
            String username,
            String displayName,
            List<String> roles,
            String regionCode,
            String regionName,
            boolean passwordChangeRequired) {}

    static final class LoginRefused extends ApiException {
        LoginRefused(HttpStatus status, String messageKey) {
            super(status, messageKey);
        }
    }
}

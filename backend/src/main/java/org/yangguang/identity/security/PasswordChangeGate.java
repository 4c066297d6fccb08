package org.yangguang.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.yangguang.common.web.Denials;
import org.yangguang.common.web.ProblemWriter;
import org.yangguang.identity.PendingPasswordChange;

/**
 * Holds a session that must change its password ({@link PendingPasswordChange}) to the password
 * change: every other call of the API or the actuator is refused with 403 and {@code code}
 * {@value PendingPasswordChange#CODE}. The pages themselves (static files) still load, so that the
 * browser can show the form.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

    private static final Set<String> OPEN = Set.of(
            "/api/auth/password", "/api/auth/password-policy", "/api/auth/me", "/api/auth/logout", "/api/auth/login");

    private final ProblemWriter problems;
    private final Denials denials;

    PasswordChangeGate(ProblemWriter problems, Denials denials) {
        this.problems = problems;
        this.denials = denials;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (PendingPasswordChange.isPending(request) && guarded(pathOf(request))) {
            String key = "error.passwordChangeRequired";
            denials.record(request, key);
            problems.write(request, response, HttpStatus.FORBIDDEN, key, Map.of("code", PendingPasswordChange.CODE));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean guarded(String path) {
        if (OPEN.contains(path) || path.startsWith("/api/public/")) {
            return false;
        }
        return path.startsWith("/api/") || path.startsWith("/actuator/");
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}

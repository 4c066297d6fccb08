package org.yangguang.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.yangguang.identity.OfficerService;
import org.yangguang.identity.OfficerView;

/**
 * A session outlives changes to its officer. On every request the officer is read again: a
 * disabled or deleted officer loses the session at once, a changed role takes effect at once.
 */
final class OfficerRefreshFilter extends OncePerRequestFilter {

    private final OfficerService officers;

    OfficerRefreshFilter(OfficerService officers) {
        this.officers = officers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof UsernamePasswordAuthenticationToken && authentication.isAuthenticated()) {
            Optional<OfficerView> officer = officers.find(authentication.getName());
            if (officer.isEmpty() || !officer.get().enabled()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (!authentication.getAuthorities().stream()
                    .allMatch(a -> a.getAuthority().equals("ROLE_" + officer.get().role().name()))) {
                SecurityContextHolder.getContext()
                        .setAuthentication(OfficerAuthenticationProvider.authenticated(
                                officer.get().username(), officer.get().role()));
            }
        }
        chain.doFilter(request, response);
    }
}

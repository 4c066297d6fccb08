package org.yangguang.common.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.yangguang.common.AccessDenied;

/** Publishes every 403, whoever answers it (a controller, a security filter), for the audit trail. */
@Component
public class Denials {

    private final ApplicationEventPublisher events;

    Denials(ApplicationEventPublisher events) {
        this.events = events;
    }

    public void record(HttpServletRequest request, String reason) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String actor = authentication == null || !authentication.isAuthenticated()
                        || "anonymousUser".equals(authentication.getName())
                ? null
                : authentication.getName();
        events.publishEvent(new AccessDenied(actor, request.getMethod(), request.getRequestURI(), reason));
    }
}

package org.yangguang.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.yangguang.common.web.Denials;
import org.yangguang.common.web.ProblemWriter;

/** 401 and 403 answers of the security filters, as problem+json like every other error. */
final class ProblemEntryPoints implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemWriter problems;
    private final Denials denials;
    private final String basicRealm;

    /** @param basicRealm when set, 401 answers ask for HTTP Basic in this realm */
    ProblemEntryPoints(ProblemWriter problems, Denials denials, String basicRealm) {
        this.problems = problems;
        this.denials = denials;
        this.basicRealm = basicRealm;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (basicRealm != null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + basicRealm + "\"");
        }
        problems.write(request, response, HttpStatus.UNAUTHORIZED, "error.unauthenticated");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        String key = e instanceof CsrfException ? "error.csrf" : "error.forbidden";
        denials.record(request, key);
        problems.write(request, response, HttpStatus.FORBIDDEN, key);
    }
}

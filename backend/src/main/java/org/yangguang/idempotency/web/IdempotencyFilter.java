package org.yangguang.idempotency.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.yangguang.common.web.ProblemWriter;
import org.yangguang.idempotency.IdempotentRequests;
import org.yangguang.idempotency.IdempotentRequests.Claim;
import org.yangguang.idempotency.StoredAnswer;

/**
 * Makes writes under {@code /api/} that carry header {@code Idempotency-Key} take effect once. It runs
 * after the security filters (an unauthenticated or CSRF-less request never gets here), claims the
 * signed-in officer's key for the request's fingerprint, runs the request and keeps its answer; a
 * repeat gets the kept answer with header {@code Idempotency-Replayed: true} and runs nothing.
 * Answers of 500 and above are not kept: the key is given up so that a retry runs afresh. Requests
 * of nobody signed in (the public board) pass through untouched: a key alone identifies no one; so do
 * sign-in and password changes.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotency-Replayed";

    /** Printable ASCII without spaces, as a UUID or any client-made token is. */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** The largest body read into memory: the upload limit (spring.servlet.multipart.max-request-size). */
    private static final int MAX_BODY = 21 * 1024 * 1024;

    private final IdempotentRequests requests;
    private final ProblemWriter problems;

    IdempotencyFilter(IdempotentRequests requests, ProblemWriter problems) {
        this.requests = requests;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return request.getHeader(HEADER) == null || !WRITES.contains(request.getMethod()) || !path.startsWith("/api/")
                || carriesPasswords(path);
    }

    /** Sign-in and password changes: even a hash of their bodies is not kept. */
    private static boolean carriesPasswords(String path) {
        return path.startsWith("/api/auth/") || path.endsWith("/password");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!KEY.matcher(key).matches()) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, "idempotency.key.invalid");
            return;
        }
        String officer = signedIn();
        if (officer == null) {
            chain.doFilter(request, response);
            return;
        }
        String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        HttpServletRequest toRun = request;
        String fingerprint;
        if (contentType.startsWith("multipart/")) {
            try {
                fingerprint = RequestFingerprint.ofParts(request);
            } catch (IOException | ServletException | IllegalStateException unreadable) {
                // Too large or malformed: the application answers it (413, 400) as it would without a key.
                chain.doFilter(request, response);
                return;
            }
        } else if (contentType.startsWith("application/x-www-form-urlencoded")) {
            fingerprint = RequestFingerprint.ofForm(request);
        } else {
            byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "error.uploadTooLarge");
                return;
            }
            fingerprint = RequestFingerprint.of(request, body);
            toRun = new BufferedRequest(request, body);
        }

        Claim claim = requests.claim(officer, key, request.getMethod(), request.getRequestURI(), fingerprint);
        if (claim instanceof Claim.Replay replay) {
            replay(replay.answer(), response);
        } else if (claim instanceof Claim.Reused) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency.key.reused");
        } else if (claim instanceof Claim.InFlight) {
            problems.write(request, response, HttpStatus.CONFLICT, "idempotency.key.inFlight");
        } else {
            run(officer, key, toRun, response, chain);
        }
    }

    private void run(String officer, String key, HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, answer);
            if (answer.getStatus() < 500) {
                requests.finish(officer, key, new StoredAnswer(answer.getStatus(), answer.getContentType(),
                        answer.getHeader(HttpHeaders.LOCATION), answer.getContentAsByteArray()));
                kept = true;
            }
        } finally {
            if (!kept) {
                requests.release(officer, key);
            }
            answer.copyBodyToResponse();
        }
    }

    private static void replay(StoredAnswer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        response.setHeader(REPLAYED, "true");
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        if (answer.body().length > 0) {
            response.setContentLength(answer.body().length);
            response.getOutputStream().write(answer.body());
        }
    }

    private static String signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }
}

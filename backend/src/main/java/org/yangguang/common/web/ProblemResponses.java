package org.yangguang.common.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.yangguang.common.ApiException;
import org.yangguang.common.InvalidInputException;

/** Builds problem+json answers in the caller's language, for every exception handler. */
@Component
public class ProblemResponses {

    private final MessageSource messages;

    ProblemResponses(MessageSource messages) {
        this.messages = messages;
    }

    public ResponseEntity<Object> of(ApiException e) {
        ProblemDetail problem = problem(e.status(), text(e.messageKey(), e.args()));
        if (e instanceof InvalidInputException invalid) {
            problem.setProperty(
                    "errors",
                    invalid.violations().stream()
                            .map(v -> new FieldProblem(v.field(), text(v.messageKey(), v.args())))
                            .toList());
        }
        return ResponseEntity.status(e.status()).body(problem);
    }

    public ResponseEntity<Object> of(HttpStatus status, String messageKey) {
        return ResponseEntity.status(status).body(problem(status, text(messageKey)));
    }

    public ResponseEntity<Object> withErrors(HttpStatus status, String messageKey, List<FieldProblem> errors) {
        ProblemDetail problem = problem(status, text(messageKey));
        problem.setProperty("errors", errors);
        return ResponseEntity.status(status).body(problem);
    }

    public String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }

    static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    /** One entry of {@code errors}. */
    public record FieldProblem(String field, String message) {}
}

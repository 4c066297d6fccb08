package org.yangguang.common.web;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.yangguang.common.ApiException;
import org.yangguang.common.web.ProblemResponses.FieldProblem;

/**
 * Turns every failure of a controller into {@code application/problem+json} (RFC 9457): {@code
 * status}, {@code title}, {@code detail}, and {@code errors: [{field, message}]} for bad input. Bad
 * input is never a 500; an unexpected failure is a 500 that tells nothing of the inside.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final ProblemResponses problems;
    private final Denials denials;

    ProblemHandler(ProblemResponses problems, Denials denials, MessageSource messages) {
        this.problems = problems;
        this.denials = denials;
        setMessageSource(messages);
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> onApiException(ApiException e, HttpServletRequest request) {
        if (e.status() == HttpStatus.FORBIDDEN) {
            denials.record(request, e.messageKey());
        }
        return problems.of(e);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> onAccessDenied(AccessDeniedException e, HttpServletRequest request) {
        denials.record(request, "error.forbidden");
        return problems.of(HttpStatus.FORBIDDEN, "error.forbidden");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> onTypeMismatch(MethodArgumentTypeMismatchException e) {
        return problems.withErrors(HttpStatus.BAD_REQUEST, "error.invalidInput",
                List.of(new FieldProblem(e.getName(), problems.text("error.badValue"))));
    }

    /** A clash with stored data, or with a concurrent request (a lost lock, a deadlock victim, a lock wait timed out). */
    @ExceptionHandler({DataIntegrityViolationException.class, ConcurrencyFailureException.class})
    ResponseEntity<Object> onConflict(RuntimeException e) {
        log.info("Refused a write that conflicts with stored data: {}", e.getClass().getSimpleName());
        return problems.of(HttpStatus.CONFLICT, "error.conflict");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> onUnexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "error.internal");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        return problems.withErrors(HttpStatus.BAD_REQUEST, "error.invalidInput", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return problems.withErrors(HttpStatus.BAD_REQUEST, "error.invalidInput", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return problems.withErrors(HttpStatus.BAD_REQUEST, "error.unreadableBody",
                    List.of(new FieldProblem(jsonPath(mismatch), problems.text("error.badValue"))));
        }
        return problems.of(HttpStatus.BAD_REQUEST, "error.unreadableBody");
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "error.uploadTooLarge");
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getTitle() == null) {
            problem.setTitle(HttpStatus.valueOf(statusCode.value()).getReasonPhrase());
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static String jsonPath(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}

package org.yangguang.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Writes a problem+json answer where no controller is involved (security filters, rate limits). */
@Component
public class ProblemWriter {

    private final ObjectMapper json;
    private final MessageSource messages;

    ProblemWriter(ObjectMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
            throws IOException {
        write(request, response, status, messageKey, Map.of());
    }

    /** The same, with extension members (such as a machine-readable {@code code}) beside the standard ones. */
    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String messageKey,
            Map<String, Object> properties)
            throws IOException {
        String detail = messages.getMessage(messageKey, null, messageKey, RequestContextUtils.getLocale(request));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        properties.forEach(problem::setProperty);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}

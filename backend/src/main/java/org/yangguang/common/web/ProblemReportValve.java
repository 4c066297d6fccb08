package org.yangguang.common.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error report for what never reaches the application (a malformed URI, a header too
 * large): a bare problem+json instead of Tomcat's HTML page with its version. Answers that the
 * application wrote itself are left alone.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"status\":" + status + "}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the client went away or the answer was already sent: nothing more to say
        }
    }
}

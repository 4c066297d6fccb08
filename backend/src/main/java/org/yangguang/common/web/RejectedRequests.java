package org.yangguang.common.web;

import org.apache.catalina.Container;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Requests refused before any controller sees them still answer problem+json: a URL that Spring
 * Security's firewall rejects (encoded dots or slashes, null bytes), and one that Tomcat itself
 * refuses (a malformed URI), which would otherwise get Tomcat's HTML error page.
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequests {

    @Bean
    RequestRejectedHandler problemForRejectedRequests(ProblemWriter problems) {
        return (request, response, rejected) -> {
            if (!response.isCommitted()) {
                problems.write(request, response, HttpStatus.BAD_REQUEST, "error.badRequest");
            }
        };
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemForRequestsTomcatRefuses() {
        return factory -> factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            if (host instanceof StandardHost standardHost) {
                standardHost.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }
}

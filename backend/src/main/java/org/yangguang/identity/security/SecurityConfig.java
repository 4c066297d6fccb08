package org.yangguang.identity.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.yangguang.common.web.Denials;
import org.yangguang.common.web.ProblemWriter;
import org.yangguang.identity.IdentityEvents.Channel;
import org.yangguang.identity.IdentityEvents.LoggedOut;
import org.yangguang.identity.LoginService;
import org.yangguang.identity.OfficerService;
import org.yangguang.identity.Role;

/**
 * Three filter chains, tried in order:
 *
 * <ol>
 *   <li>{@code /engine-rest/**}: HTTP Basic of a SUPERVISOR, stateless, no CSRF (Camunda Modeler
 *       deploys through it);
 *   <li>{@code /camunda/**}: Camunda's webapps, which run their own login (through the same
 *       officers, see {@code process.identity}) and their own CSRF filter and cookie;
 *   <li>everything else: the browser application's session, with the CSRF token in cookie {@code
 *       XSRF-TOKEN} echoed in header {@code X-XSRF-TOKEN}.
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    static final String SESSION_COOKIE = "YGSESSION";

    /**
     * The pages' policy: scripts only from the application's own files (the built index.html has no
     * inline script), inline styles allowed (Element Plus sets style attributes), no plugins, no
     * framing, forms and base URL only to the application itself.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; img-src 'self' data: blob:; "
            + "style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Browser features the application never uses. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /** Matches the whole path, whichever servlet serves it (Jersey serves /engine-rest, not Spring MVC). */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /** The manager of the browser login ({@code AuthController}). */
    @Bean
    AuthenticationManager browserAuthenticationManager(LoginService logins) {
        return new ProviderManager(new OfficerAuthenticationProvider(logins, Channel.BROWSER));
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, LoginService logins, ProblemWriter problems, Denials denials)
            throws Exception {
        ProblemEntryPoints answers = new ProblemEntryPoints(problems, denials, "Yangguang engine");
        return http.securityMatcher(path("/engine-rest/**"))
                .authenticationManager(new ProviderManager(new OfficerAuthenticationProvider(logins, Channel.BASIC)))
                .httpBasic(basic -> basic.authenticationEntryPoint(answers))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(answers).accessDeniedHandler(answers))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.SUPERVISOR.name()))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/camunda/**"))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain application(
            HttpSecurity http,
            ProblemWriter problems,
            Denials denials,
            OfficerService officers,
            SecurityContextRepository contexts,
            ApplicationEventPublisher events,
            @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies)
            throws Exception {
        ProblemEntryPoints answers = new ProblemEntryPoints(problems, denials, null);
        CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        // Secure whenever the request came over HTTPS; always in the production profile, like the session cookie.
        csrfTokens.setCookieCustomizer(cookie -> {
            cookie.path("/").sameSite("Lax");
            if (secureCookies) {
                cookie.secure(true);
            }
        });
        CsrfTokenRequestAttributeHandler csrfHandler = new CsrfTokenRequestAttributeHandler();
        return http.securityContext(context -> context.securityContextRepository(contexts))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(csrfHandler)
                        .ignoringRequestMatchers("/api/auth/login", "/api/public/**"))
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
                .addFilterAfter(new OfficerRefreshFilter(officers), BasicAuthenticationFilter.class)
                .addFilterBefore(new PasswordChangeGate(problems, denials), AuthorizationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(answers).accessDeniedHandler(answers))
                .logout(logout -> logout.logoutUrl("/api/auth/logout")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null) {
                                events.publishEvent(new LoggedOut(authentication.getName()));
                            }
                        })
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT))
                        .deleteCookies(SESSION_COOKIE))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .contentTypeOptions(Customizer.withDefaults())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)))
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/auth/login", "/api/public/**")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/**")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .build();
    }
}

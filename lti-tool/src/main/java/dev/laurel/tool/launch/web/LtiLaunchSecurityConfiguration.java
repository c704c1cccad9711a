package dev.laurel.tool.launch.web;

import dev.laurel.tool.LaurelProperties;
import dev.laurel.tool.launch.LtiLaunchAuthenticationProvider;
import dev.laurel.tool.launch.LtiLoginStates;
import dev.laurel.tool.launch.LtiSessionTokens;
import dev.laurel.tool.registration.PlatformRegistrations;
import dev.laurel.tool.registration.RegistrationResolver;
import dev.laurel.tool.registration.web.AdminSessions;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * The security chains of LTI login and launch, and of the session and course pages: stateless (no
 * {@code HttpSession}; the LTI session lives in the database), framable by any platform,
 * {@code Referrer-Policy: same-origin} so session tokens in URLs never leave Laurel. CSRF tokens are off: login
 * and launch are cross-site posts by design (protected by state, nonce and signatures), and Laurel's own forms
 * carry the session token, which a foreign site cannot know. Login and launch have a chain of their own that never
 * reads the current LTI session: neither needs it, and a launch always starts a new one.
 */
@Configuration(proxyBeanMethods = false)
class LtiLaunchSecurityConfiguration {

    static final String[] LOGIN_PATHS = {"/lti/login", "/lti/login/*", "/lti/launch", "/lti/launch/**"};
    static final String[] SESSION_PATHS = {"/lti/session", "/course", "/course/**", "/deep-linking",
        "/deep-linking/**"};
    static final String SESSION_MISSING = "session_missing";

    /**
     * Login initiation and launch, both answered by filters of this chain: every request is anonymous until the
     * launch filter authenticates it.
     */
    @Bean
    @Order(29)
    SecurityFilterChain ltiLoginSecurityFilterChain(HttpSecurity http, LtiLaunchAuthenticationProvider provider,
            LtiSessionTokens tokens, LtiPages pages, PlatformRegistrations registrations,
            Clock clock, AdminSessions adminSessions, RegistrationResolver resolver, LtiLoginStates loginStates,
            LaurelProperties properties) throws Exception {
        LtiLoginInitiationFilter loginFilter = new LtiLoginInitiationFilter(resolver, loginStates, properties, pages);
        RequestAttributeSecurityContextRepository requestOnly = new RequestAttributeSecurityContextRepository();
        LtiLaunchAuthenticationFilter launchFilter = new LtiLaunchAuthenticationFilter(new ProviderManager(provider));
        launchFilter.setSecurityContextRepository(requestOnly);
        launchFilter.setAuthenticationSuccessHandler(new LtiLaunchSuccessHandler(tokens, adminSessions));
        launchFilter.setAuthenticationFailureHandler(new LtiLaunchFailureHandler(pages, registrations, clock));
        http.securityMatcher(LOGIN_PATHS)
            .csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .securityContext(context -> context.securityContextRepository(requestOnly))
            .requestCache(cache -> cache.disable())
            .anonymous(anonymous -> anonymous.disable())
            .logout(logout -> logout.disable())
            .headers(headers -> headers
                .frameOptions(frame -> frame.disable())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
            .addFilterBefore(loginFilter, UsernamePasswordAuthenticationFilter.class)
            .addFilterBefore(launchFilter, UsernamePasswordAuthenticationFilter.class)
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }

    /** The session JSON, the course pages and deep linking: the LTI session a launch started, from the database. */
    @Bean
    @Order(30)
    SecurityFilterChain ltiSessionSecurityFilterChain(HttpSecurity http, LtiPages pages,
            LtiSessionSecurityContextRepository sessionRepository, LtiCourseAuthorization courses) throws Exception {
        http.securityMatcher(SESSION_PATHS)
            .csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .securityContext(context -> context.securityContextRepository(sessionRepository))
            .requestCache(cache -> cache.disable())
            .headers(headers -> headers
                .frameOptions(frame -> frame.disable())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/course/{courseId}/instructor", "/course/{courseId}/instructor/**").access(courses.staff())
                .requestMatchers("/course/{courseId}", "/course/{courseId}/**").access(courses.member())
                .anyRequest().authenticated())
            .exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint(entryPoint(pages))
                .accessDeniedHandler(accessDenied(pages)));
        return http.build();
    }

    /** 401 without a session: JSON for {@code /lti/session}, a readable page elsewhere. */
    private static AuthenticationEntryPoint entryPoint(LtiPages pages) {
        return (request, response, exception) -> {
            if (request.getRequestURI().endsWith("/lti/session")) {
                response.setStatus(401);
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("{\"error\":\"" + SESSION_MISSING + "\"}");
                return;
            }
            try {
                pages.renderError(request, response, 401, SESSION_MISSING,
                        "There is no Laurel session in this window: open Laurel again from your course.",
                        "https://www.imsglobal.org/spec/lti/v1p3/#resource-link-launch-request-message");
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        };
    }

    /** 403 with the reason: another course's URL, or an instructor page for a learner. */
    private static AccessDeniedHandler accessDenied(LtiPages pages) {
        return (request, response, exception) -> {
            String code = LtiAccessDecision.OTHER_COURSE;
            if (exception instanceof AuthorizationDeniedException denied) {
                AuthorizationResult result = denied.getAuthorizationResult();
                if (result instanceof LtiAccessDecision decision && decision.code() != null) {
                    code = decision.code();
                }
            }
            if (request.getRequestURI().startsWith(request.getContextPath() + "/deep-linking")) {
                code = LtiAccessDecision.DEEP_LINKING_REQUIRED;
            }
            String sentence = switch (code) {
                case LtiAccessDecision.INSTRUCTOR_ONLY -> "This page is for the course's instructors.";
                case LtiAccessDecision.DEEP_LINKING_REQUIRED ->
                    "Placing Laurel in a course needs a deep linking launch from your LMS, and this page's own form.";
                default -> "This page belongs to another course than the one you opened Laurel from.";
            };
            try {
                pages.renderError(request, response, 403, code, sentence,
                        "https://www.imsglobal.org/spec/lti/v1p3/#roles-claim");
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        };
    }
}

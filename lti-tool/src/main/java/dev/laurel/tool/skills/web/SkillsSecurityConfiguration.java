package dev.laurel.tool.skills.web;

import dev.laurel.tool.launch.LtiUser;
import dev.laurel.tool.launch.web.LtiSessionSecurityContextRepository;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security chain of {@code /skills/**}: the skills picker's lookups serve instructors editing rubrics and badges,
 * so they need the LTI session of course staff (its cookie, or the session token of a cookieless session in the
 * {@value LtiSessionSecurityContextRepository#TOKEN_HEADER} header); {@code /skills/status} stays public. Without a
 * session the answer is 401 {@code session_missing}, for other roles 403 {@code instructor_only}, as JSON.
 * {@code POST /skills/suggest} changes nothing, so it needs no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class SkillsSecurityConfiguration {

    /** Before the fallback chain; the feature chains use distinct paths, so their relative order is free. */
    static final int ORDER = 500;

    static final String SESSION_MISSING = "session_missing";
    static final String INSTRUCTOR_ONLY = "instructor_only";

    @Bean
    @Order(ORDER)
    SecurityFilterChain skillsSecurityFilterChain(HttpSecurity http, LtiSessionSecurityContextRepository sessions)
            throws Exception {
        http.securityMatcher("/skills/**")
            .securityContext(context -> context.securityContextRepository(sessions))
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/skills/status").permitAll()
                .anyRequest().access(staff()))
            .csrf(csrf -> csrf.ignoringRequestMatchers("/skills/suggest"))
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint((request, response, ex) -> refuse(response, 401, SESSION_MISSING,
                        "The skills search is for instructors inside Laurel: open Laurel again from your course."))
                .accessDeniedHandler((request, response, ex) -> refuse(response, 403, INSTRUCTOR_ONLY,
                        "The skills search is for the course's instructors.")))
            .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Staff of the session's course: instructors and administrators. */
    private static AuthorizationManager<RequestAuthorizationContext> staff() {
        return (authentication, context) -> new AuthorizationDecision(authentication.get() != null
                && authentication.get().getPrincipal() instanceof LtiUser user && user.isStaff());
    }

    private static void refuse(HttpServletResponse response, int status, String code, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"" + code + "\",\"message\":\"" + message + "\"}");
    }
}

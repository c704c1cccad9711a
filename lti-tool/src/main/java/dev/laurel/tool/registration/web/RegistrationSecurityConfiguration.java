package dev.laurel.tool.registration.web;

import dev.laurel.tool.registration.AdminAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two chains: the public registration endpoints (stateless; {@code /lti/register} may be framed by any LMS and
 * never sends a Referer), and the admin pages (session, CSRF, {@code ROLE_ADMIN} or the registration's
 * {@code ROLE_LTI_ADMIN_<id>}).
 */
@Configuration(proxyBeanMethods = false)
class RegistrationSecurityConfiguration {

    static final String SIGN_IN_PATH = "/admin/sign-in";
    static final String ACCESS_DENIED_PATH = "/admin/access-denied";

    @Bean
    @Order(40)
    SecurityFilterChain registrationEndpointsSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/lti/register", "/lti/canvas.json", "/.well-known/jwks.json")
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .headers(headers -> headers
                .frameOptions(frame -> frame.disable())
                .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors *"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @Bean
    @Order(41)
    SecurityFilterChain adminSecurityFilterChain(HttpSecurity http, AdminAccess access) throws Exception {
        AuthorizationManager<RequestAuthorizationContext> registrationAdmin = (authentication, context) -> {
            String id = context.getVariables().get("id");
            return new AuthorizationDecision(id != null && id.matches("[0-9]{1,18}")
                    && access.canManage(authentication.get(), Long.parseLong(id)));
        };
        http.securityMatcher("/admin", "/admin/**")
            .authorizeHttpRequests(requests -> requests
                .requestMatchers(AdminSetupController.SETUP_PATH, SIGN_IN_PATH, ACCESS_DENIED_PATH).permitAll()
                .requestMatchers("/admin/registrations/new").hasAuthority(AdminAccess.ADMIN_AUTHORITY)
                .requestMatchers("/admin/registrations/{id}", "/admin/registrations/{id}/**").access(registrationAdmin)
                .anyRequest().hasAuthority(AdminAccess.ADMIN_AUTHORITY))
            .exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN_PATH))
                .accessDeniedHandler(new AdminAccessDeniedHandler()))
            .logout(logout -> logout.logoutUrl("/admin/sign-out").logoutSuccessUrl(SIGN_IN_PATH + "?signed-out"))
            .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}

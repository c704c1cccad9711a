package dev.laurel.sandbox.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The sandbox is a demo LMS with no accounts: every visitor may act as any of its demo users. The LTI
 * endpoints tools call (registration, token, authorization, deep-linking return, services) carry their own
 * protocol checks and take no CSRF token; the admin page's form keeps Spring Security's CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class SandboxSecurityConfiguration {

    @Bean
    SecurityFilterChain sandboxSecurityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/lti/registration", "/oauth2/token", "/oidc/auth",
                        "/deep-linking/return", "/api/**"))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }
}

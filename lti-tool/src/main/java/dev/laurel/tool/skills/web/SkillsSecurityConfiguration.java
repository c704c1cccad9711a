package dev.laurel.tool.skills.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security chain of {@code /skills/**}: read-only lookups of public framework data, answered as JSON without a
 * session. {@code POST /skills/suggest} changes nothing, so it needs no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class SkillsSecurityConfiguration {

    /** Before the fallback chain; the feature chains use distinct paths, so their relative order is free. */
    static final int ORDER = 500;

    @Bean
    @Order(ORDER)
    SecurityFilterChain skillsSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/skills/**")
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            .csrf(csrf -> csrf.ignoringRequestMatchers("/skills/suggest"))
            .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}

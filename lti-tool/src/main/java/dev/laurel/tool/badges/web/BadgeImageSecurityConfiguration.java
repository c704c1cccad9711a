package dev.laurel.tool.badges.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The public badge images {@code /badges/{achievementKey}/image}: read-only, anyone may fetch them (credentials
 * and achievements point at them), no session, embeddable by any site; other methods are refused.
 */
@Configuration(proxyBeanMethods = false)
class BadgeImageSecurityConfiguration {

    @Bean
    @Order(45)
    SecurityFilterChain badgeImageSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/badges/*/image")
            .authorizeHttpRequests(requests -> requests
                .requestMatchers(HttpMethod.GET, "/badges/*/image").permitAll()
                .anyRequest().denyAll())
            .csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .headers(headers -> headers
                .frameOptions(frame -> frame.disable())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}

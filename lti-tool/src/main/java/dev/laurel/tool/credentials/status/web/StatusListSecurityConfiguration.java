package dev.laurel.tool.credentials.status.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** Status lists and the transparency log are public, read-only and sessionless. */
@Configuration(proxyBeanMethods = false)
class StatusListSecurityConfiguration {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE - 40)
    SecurityFilterChain credentialStatusSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/status/**", "/log/**")
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(csrf -> csrf.disable())
            .requestCache(cache -> cache.disable());
        return http.build();
    }
}

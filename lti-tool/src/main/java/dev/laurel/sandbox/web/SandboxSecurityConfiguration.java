package dev.laurel.sandbox.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The sandbox is a demo LMS with no accounts: every visitor may act as any of its demo users. */
@Configuration(proxyBeanMethods = false)
class SandboxSecurityConfiguration {

    @Bean
    SecurityFilterChain sandboxSecurityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }
}

package dev.laurel.tool.credentials.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The public credential paths: anyone may verify a credential and read issuer, key, achievement and credential
 * documents. No session; CSRF is off only for {@code POST /verify}, which changes nothing on the server.
 */
@Configuration(proxyBeanMethods = false)
class CredentialsSecurityConfiguration {

    @Bean
    @Order(40)
    SecurityFilterChain credentialsSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/verify", "/credentials/**", "/issuers/**", "/achievements/**", "/contexts/**",
                    "/.well-known/did.json")
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            .csrf(csrf -> csrf.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/verify")))
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}

package dev.laurel.tool.coursesync.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The course-sync chain for {@code /courses/{courseKey}/sync/**}: read-only GETs, permissive for now; the
 * integrator protects it with the LTI session (instructor of that course) once the launch provides one.
 */
@Configuration(proxyBeanMethods = false)
class CourseSyncSecurityConfiguration {

    @Bean
    @Order(60)
    SecurityFilterChain courseSyncSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/courses/*/sync/**")
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }
}

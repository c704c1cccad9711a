package dev.laurel.tool.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security observes authentications only. Observing requests wraps every filter of every security chain in
 * an observation of its own (a dozen per request) and authorizations add one more: Laurel measures its requests
 * once, with the {@code http.server.requests} observation of Spring MVC, which stays on (except for LTI login and
 * launch, {@code LtiLoginObservationConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservationConfiguration {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .shouldObserveAuthorizations(false)
                .build();
    }
}

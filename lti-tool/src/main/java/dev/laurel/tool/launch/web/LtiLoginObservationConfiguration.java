package dev.laurel.tool.launch.web;

import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * No {@code http.server.requests} observation for login initiation and launch: they are the two requests of every
 * LTI launch, whose outcomes are logged with their code and recorded on the registration, so the observation (its
 * context, key values, timer and handlers) was work on every launch that nothing read. Every other request is
 * observed as before.
 */
@Configuration(proxyBeanMethods = false)
class LtiLoginObservationConfiguration {

    @Bean
    ObservationPredicate ltiLoginAndLaunchUnobserved() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext server
                && isLoginOrLaunch(server.getCarrier()));
    }

    static boolean isLoginOrLaunch(HttpServletRequest request) {
        String uri = request.getRequestURI();
        int start = request.getContextPath().length();
        return uri.startsWith("/lti/login", start) || uri.startsWith("/lti/launch", start);
    }
}

package dev.laurel.tool.web;

import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Marks the session cookie {@code Partitioned} (CHIPS), so browsers that block third-party cookies still
 * keep it inside the LMS iframe; Boot already applies SameSite=None, Secure and HttpOnly from
 * {@code server.servlet.session.cookie}.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfiguration {

    @Bean
    DefaultCookieSerializerCustomizer partitionedSessionCookie() {
        return serializer -> serializer.setPartitioned(true);
    }
}

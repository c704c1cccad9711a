package dev.laurel.tool.registration;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Admin access settings.
 *
 * @param setupTokenLifetime how long a printed setup link works
 * @param issueSetupToken issue a new setup link at start even though an admin exists (recovery)
 */
@ConfigurationProperties("laurel.admin")
public record AdminProperties(@DefaultValue("24h") Duration setupTokenLifetime,
        @DefaultValue("false") boolean issueSetupToken) {
}

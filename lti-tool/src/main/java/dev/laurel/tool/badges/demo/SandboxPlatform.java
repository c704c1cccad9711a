package dev.laurel.tool.badges.demo;

import dev.laurel.tool.LaurelProperties;
import dev.laurel.tool.registration.PlatformRegistrations;
import org.springframework.stereotype.Component;

/** Whether a registration is the built-in sandbox LMS's (its issuer is the sandbox's origin) while the sandbox runs. */
@Component
class SandboxPlatform {

    private final LaurelProperties properties;
    private final PlatformRegistrations registrations;

    SandboxPlatform(LaurelProperties properties, PlatformRegistrations registrations) {
        this.properties = properties;
        this.registrations = registrations;
    }

    boolean hosts(long registrationId) {
        if (!properties.sandbox().enabled() || properties.sandbox().url() == null) {
            return false;
        }
        return registrations.findById(registrationId)
            .map(registration -> strip(registration.issuer()).equals(strip(properties.sandbox().url().toString())))
            .orElse(false);
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

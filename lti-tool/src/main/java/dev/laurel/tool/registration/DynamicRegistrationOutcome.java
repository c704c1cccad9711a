package dev.laurel.tool.registration;

/**
 * A finished Dynamic Registration: what was stored and which platform family it is, so the page can say
 * what the admin does next (Moodle: activate the tool; Canvas: enable the developer key and deploy).
 */
public record DynamicRegistrationOutcome(PlatformRegistration registration, PlatformFamily family) {

    /** Moodle keeps dynamically registered tools pending until a site admin activates them. */
    public boolean needsActivationInPlatform() {
        return family == PlatformFamily.MOODLE;
    }
}

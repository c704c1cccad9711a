package dev.laurel.tool.registration;

import dev.laurel.tool.LaurelProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, while no admin exists, prints the one-time setup link: the only secret Laurel ever logs, once.
 */
@Component
final class AdminSetupAnnouncer {

    static final String SETUP_PATH = "/admin/setup";
    private static final Logger log = LoggerFactory.getLogger(AdminSetupAnnouncer.class);

    private final AdminSetupTokens tokens;
    private final LaurelProperties properties;

    AdminSetupAnnouncer(AdminSetupTokens tokens, LaurelProperties properties) {
        this.tokens = tokens;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        tokens.issueIfNeeded().ifPresent(token -> log.warn(
                "Laurel admin setup (one-time link, works once): {}{}?token={}", properties.baseUrl(), SETUP_PATH, token));
    }
}

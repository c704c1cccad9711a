package dev.laurel.sandbox.registration;

import dev.laurel.sandbox.platform.PlatformUrls;
import dev.laurel.sandbox.platform.SandboxProperties;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At first start (no tool registered yet) the sandbox registers the tool by itself: it issues a registration
 * token and opens {@code {tool}/lti/register?openid_configuration=..&registration_token=..} server-side, as an
 * administrator would in Moodle's admin page, retrying with backoff for about two minutes.
 */
@Component
class ToolAutoRegistration implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ToolAutoRegistration.class);
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(2);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(20);

    private final SandboxProperties properties;
    private final PlatformUrls urls;
    private final RegistrationTokens tokens;
    private final ToolRegistrations registrations;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private volatile Thread worker;

    ToolAutoRegistration(SandboxProperties properties, PlatformUrls urls, RegistrationTokens tokens,
            ToolRegistrations registrations) {
        this.properties = properties;
        this.urls = urls;
        this.tokens = tokens;
        this.registrations = registrations;
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerTheToolAtFirstStart() {
        if (properties.autoRegister() && !properties.toolUrl().isBlank() && !registrations.any()) {
            Thread thread = new Thread(this::registerWithBackoff, "sandbox-auto-registration");
            thread.setDaemon(true);
            worker = thread;
            thread.start();
        }
    }

    private void registerWithBackoff() {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        Duration backoff = Duration.ofSeconds(1);
        String lastProblem = "no attempt";
        while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            lastProblem = attempt();
            if (lastProblem == null) {
                log.info("Sandbox registered the tool at {}", properties.toolUrl());
                return;
            }
            try {
                Thread.sleep(backoff.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
        log.warn("Sandbox could not register the tool at {} ({}); register it from /admin/tools", properties.toolUrl(), lastProblem);
    }

    /** One registration attempt; {@code null} when a tool is now registered, else what went wrong. */
    private String attempt() {
        if (registrations.any()) {
            return null;
        }
        String url = stripSlash(properties.toolUrl()) + "/lti/register?openid_configuration="
                + URLEncoder.encode(urls.openIdConfiguration(), StandardCharsets.UTF_8)
                + "&registration_token=" + URLEncoder.encode(tokens.issue(), StandardCharsets.UTF_8);
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            if (registrations.any()) {
                return null;
            }
            return "tool_answered_" + response.statusCode() + "_without_registering";
        } catch (IOException e) {
            return "tool_unreachable";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public void destroy() {
        Thread running = worker;
        if (running != null) {
            running.interrupt();
        }
    }
}

package dev.laurel.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jwt.SignedJWT;
import dev.laurel.sandbox.platform.PlatformKeys;
import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.LiveSandbox;
import dev.laurel.tool.keys.ToolKeyRotation;
import dev.laurel.tool.keys.ToolKeyRotationProperties;
import dev.laurel.tool.keys.ToolKeys;
import dev.laurel.tool.launch.LmsBrowser;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Full sandbox → tool launches and deep-linking round trips from concurrent clients, without a single failure,
 * while the tool's keys go next → current → retired (short real-time lifetimes, the rotation driven through
 * {@link ToolKeyRotation#rotate()}) and while the sandbox rotates its platform signing key.
 */
@DatabaseTest
class KeyRotationUnderLoadTests {

    private static final Logger log = LoggerFactory.getLogger(KeyRotationUnderLoadTests.class);
    private static final int CLIENTS = 4;
    private static final int MAX_ROUNDS = 4000;
    private static final Duration MAX_RUN = Duration.ofMinutes(3);

    /** Lifetimes short enough for a rotation within seconds; the tool's own job checks every second too. */
    static class FastRotation {
        @Bean
        @Primary
        ToolKeyRotationProperties fastToolKeyRotation() {
            return new ToolKeyRotationProperties(Duration.ofSeconds(20), Duration.ofSeconds(5), Duration.ofMinutes(10),
                    Duration.ofSeconds(1), Duration.ofSeconds(1));
        }
    }

    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicInteger rounds = new AtomicInteger();
    private final AtomicInteger launches = new AtomicInteger();
    private final AtomicInteger deepLinks = new AtomicInteger();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final Set<String> deepLinkingKids = ConcurrentHashMap.newKeySet();

    @Test
    void launchesAndDeepLinkingNeverFailWhileToolAndPlatformKeysRotate() throws Exception {
        try (LiveSandbox live = LiveSandbox.start(FastRotation.class)) {
            ToolKeys toolKeys = live.tool.getBean(ToolKeys.class);
            ToolKeyRotation rotation = live.tool.getBean(ToolKeyRotation.class);
            PlatformKeys platformKeys = live.sandbox.getBean(PlatformKeys.class);
            String firstToolKid = toolKeys.currentSigningKey().getKeyID();
            String firstPlatformKid = platformKeys.keyId();
            Instant deadline = Instant.now().plus(MAX_RUN);

            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> clients = new ArrayList<>();
            try {
                for (int client = 0; client < CLIENTS; client++) {
                    int number = client;
                    clients.add(pool.submit(() -> runClient(live, number, deadline)));
                }
                await().atMost(Duration.ofSeconds(60)).until(() -> launches.get() >= 8 && deepLinks.get() >= 4);

                String secondPlatformKid = platformKeys.rotate();
                int launchesBeforePlatformRotation = launches.get();
                await().atMost(Duration.ofSeconds(60)).until(() -> launches.get() >= launchesBeforePlatformRotation + 20);

                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
                    rotation.rotate();
                    return !toolKeys.currentSigningKey().getKeyID().equals(firstToolKid);
                });
                String secondToolKid = toolKeys.currentSigningKey().getKeyID();
                await().atMost(Duration.ofSeconds(60)).until(() -> deepLinkingKids.contains(secondToolKid)
                        && deepLinks.get() >= 10);
                int launchesAfterToolRotation = launches.get();
                await().atMost(Duration.ofSeconds(60)).until(() -> launches.get() >= launchesAfterToolRotation + 10);

                stop.set(true);
                for (Future<?> running : clients) {
                    running.get(60, TimeUnit.SECONDS);
                }

                log.info("Under rotation: {} launches, {} deep-linking round trips, {} failures", launches.get(),
                        deepLinks.get(), failures.size());
                assertThat(failures).isEmpty();
                assertThat(secondPlatformKid).isNotEqualTo(firstPlatformKid).isEqualTo(platformKeys.keyId());
                assertThat(secondToolKid).isNotEqualTo(firstToolKid);
                assertThat(deepLinkingKids).contains(firstToolKid, secondToolKid);
                // the first key is retired, not gone: still published for tokens it signed
                assertThat(toolKeys.publicJwkSet().getKeyByKeyId(firstToolKid)).isNotNull();
                assertThat(launches.get()).isGreaterThanOrEqualTo(38);
                assertThat(rounds.get()).isLessThanOrEqualTo(MAX_ROUNDS + CLIENTS);
            }
            finally {
                stop.set(true);
                pool.shutdownNow();
            }
        }
    }

    /** Half the clients launch as learner or instructor, half run deep-linking round trips, until told to stop. */
    private void runClient(LiveSandbox live, int client, Instant deadline) {
        LmsBrowser browser = new LmsBrowser();
        while (!stop.get() && rounds.incrementAndGet() <= MAX_ROUNDS && Instant.now().isBefore(deadline)) {
            try {
                switch (client) {
                    case 0 -> launch(live, browser, "learner", "My badges");
                    case 1 -> launch(live, browser, "instructor", "Badges for");
                    default -> deepLinkingRoundTrip(live, browser);
                }
            }
            catch (RuntimeException ex) {
                failures.add("client " + client + ": " + ex);
            }
        }
    }

    private void launch(LiveSandbox live, LmsBrowser browser, String role, String expected) {
        LmsBrowser.Launch launch = browser.launch(live.sandboxUrl + "/launch/" + role);
        if (launch.launchResponse().statusCode() != 303 || launch.landing().statusCode() != 200
                || !launch.landing().body().contains(expected)) {
            failures.add(role + " launch: " + launch.launchResponse().statusCode() + " "
                    + abbreviate(launch.launchResponse().body()));
            return;
        }
        launches.incrementAndGet();
    }

    private void deepLinkingRoundTrip(LiveSandbox live, LmsBrowser browser) {
        LmsBrowser.Launch launch = browser.launch(live.sandboxUrl + "/launch/instructor/deep-linking");
        if (launch.landing() == null || !launch.landing().body().contains("Laurel badge hub")) {
            failures.add("deep-linking launch: " + launch.launchResponse().statusCode() + " "
                    + abbreviate(launch.launchResponse().body()));
            return;
        }
        String formToken = between(launch.landing().body(), "name=\"lti_session\" value=\"", "\"");
        HttpResponse<String> response = browser.post(live.toolUrl + "/deep-linking/response",
                Map.of("offer", "badge-hub", "lti_session", formToken));
        if (response.statusCode() != 200) {
            failures.add("deep-linking response: " + response.statusCode() + " " + abbreviate(response.body()));
            return;
        }
        String returnUrl = LmsBrowser.unescape(between(response.body(), "action=\"", "\""));
        String jwt = between(response.body(), "name=\"JWT\" value=\"", "\"");
        HttpResponse<String> placed = browser.post(returnUrl, Map.of("JWT", jwt));
        if (placed.statusCode() != 200 || !placed.body().contains("Content added to the course")) {
            failures.add("deep-linking verification: " + placed.statusCode() + " " + abbreviate(placed.body()));
            return;
        }
        deepLinkingKids.add(kid(jwt));
        deepLinks.incrementAndGet();
    }

    private static String kid(String jwt) {
        try {
            return SignedJWT.parse(jwt).getHeader().getKeyID();
        }
        catch (ParseException ex) {
            throw new IllegalStateException("the deep-linking response is not a JWT", ex);
        }
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        int code = flat.indexOf("data-error-code");
        return code >= 0 ? flat.substring(code, Math.min(flat.length(), code + 120))
                : flat.substring(0, Math.min(flat.length(), 200));
    }
}

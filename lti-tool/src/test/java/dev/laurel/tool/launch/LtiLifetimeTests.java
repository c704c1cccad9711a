package dev.laurel.tool.launch;

import dev.laurel.tool.lti.LaurelRole;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Lifetimes from DESIGN.md: login state 10 min and single use; session 8 h absolute, 1 h idle. */
@ToolTest
@DatabaseTest
class LtiLifetimeTests {

    private static final Instant T0 = Instant.parse("2026-11-29T08:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    LaunchMacKeys keys;

    private static Clock at(Duration sinceT0) {
        return Clock.fixed(T0.plus(sinceT0), ZoneOffset.UTC);
    }

    private LtiSessions sessionsAt(Duration sinceT0) {
        return new LtiSessions(jdbc, at(sinceT0), json);
    }

    private static LtiLaunchMessage message() {
        return new LtiLaunchMessage(new LtiUser(1, "d-1", "c-" + UUID.randomUUID(), "Course", "u-1", null, null,
                Set.of(LaurelRole.LEARNER), PlatformServiceClaims.none()), LtiClaims.RESOURCE_LINK_REQUEST, null, null);
    }

    @Test
    void sessionEndsAfterAnHourWithoutRequests() {
        String id = sessionsAt(Duration.ZERO).create(message(), false);

        assertThat(sessionsAt(Duration.ofMinutes(59)).findActive(id)).isPresent();
        assertThat(sessionsAt(Duration.ofMinutes(59 + 59)).findActive(id)).isPresent();
        assertThat(sessionsAt(Duration.ofMinutes(59 + 59 + 61)).findActive(id)).isEmpty();
    }

    @Test
    void sessionEndsAfterEightHoursEvenWhenUsed() {
        String id = sessionsAt(Duration.ZERO).create(message(), false);
        for (int minutes = 50; minutes < 8 * 60; minutes += 50) {
            assertThat(sessionsAt(Duration.ofMinutes(minutes)).findActive(id)).as("after %d min", minutes).isPresent();
        }
        assertThat(sessionsAt(Duration.ofHours(8).plusMinutes(1)).findActive(id)).isEmpty();
    }

    @Test
    void readingTheSessionWithoutTouchDoesNotExtendIt() {
        String id = sessionsAt(Duration.ZERO).create(message(), false);

        assertThat(sessionsAt(Duration.ofMinutes(50)).findActive(id, false)).isPresent();
        assertThat(sessionsAt(Duration.ofMinutes(61)).findActive(id)).isEmpty();
    }

    private LtiLoginStates loginStatesAt(Duration sinceT0) {
        return new LtiLoginStates(jdbc, at(sinceT0), keys);
    }

    @Test
    void loginStateExpiresAfterTenMinutesAndIsUsedOnlyOnce() {
        LtiLoginStates early = loginStatesAt(Duration.ZERO);
        StartedLogin started = early.start(1, "https://tool.example/course", "_parent", null);
        LtiLogin login = early.find(started.state()).orElseThrow();

        assertThat(login.registrationId()).isEqualTo(1);
        assertThat(login.targetLinkUri()).isEqualTo("https://tool.example/course");
        assertThat(login.storageTarget()).isEqualTo("_parent");
        assertThat(LtiLoginStates.hasNonce(login, started.nonce())).isTrue();
        assertThat(LtiLoginStates.boundTo(login, started.browserBinding())).isTrue();
        assertThat(login.expiredAt(T0.plus(Duration.ofMinutes(9)))).isFalse();
        assertThat(login.expiredAt(T0.plus(Duration.ofMinutes(10)))).isTrue();
        assertThat(loginStatesAt(Duration.ofMinutes(11)).consume(login)).isFalse();
        LtiLoginStates inTime = loginStatesAt(Duration.ofMinutes(5));
        assertThat(inTime.consume(login)).isTrue();
        assertThat(inTime.consume(login)).isFalse();
        assertThat(loginStatesAt(Duration.ofMinutes(6)).consume(inTime.find(started.state()).orElseThrow())).isFalse();
    }

    @Test
    void aStateLaurelDidNotSignCarriesNoLogin() {
        LtiLoginStates states = loginStatesAt(Duration.ZERO);
        String state = states.start(1, "https://tool.example/course", null, null).state();
        String otherRegistration = state.replaceFirst("^1\\.1\\.", "1.2.");

        assertThat(states.find(state)).isPresent();
        assertThat(otherRegistration).isNotEqualTo(state);
        assertThat(states.find(otherRegistration)).isEmpty();
        assertThat(states.find(state.substring(0, state.lastIndexOf('.')) + ".forged")).isEmpty();
        assertThat(states.find("a-state-laurel-never-issued")).isEmpty();
    }

    @Test
    void onlyHashesOfStateNonceAndSessionIdAreStored() {
        LtiLoginStates states = new LtiLoginStates(jdbc, Clock.systemUTC(), keys);
        StartedLogin started = states.start(1, "https://tool.example/course", null, null);
        assertThat(states.consume(states.find(started.state()).orElseThrow())).isTrue();
        String sessionId = new LtiSessions(jdbc, Clock.systemUTC(), json).create(message(), false);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM lti_login_state WHERE state_hash = ?")
                .param(OpaqueValues.hash(started.state())).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lti_login_state WHERE state_hash = ? OR nonce_hash = ?")
                .params(started.state(), started.nonce()).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lti_session WHERE id_hash = ?").param(sessionId)
                .query(Long.class).single()).isZero();
    }
}

package dev.laurel.tool.launch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import dev.laurel.tool.lti.LaurelRole;
import dev.laurel.tool.ops.DatabaseProduct;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a validated launch writes (on PostgreSQL one statement, on H2 three): the login used up once, the session
 * and the context only with it.
 */
@ToolTest
@DatabaseTest
class LtiLaunchCompletionTests {

    private static final Instant T0 = Instant.parse("2026-11-29T08:00:00Z");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    DataSource dataSource;

    @Autowired
    JsonMapper json;

    @Autowired
    LaunchMacKeys keys;

    @Autowired
    LtiContexts contexts;

    private LtiLaunchCompletion completionAt(Duration sinceT0) {
        Clock clock = Clock.fixed(T0.plus(sinceT0), ZoneOffset.UTC);
        return new LtiLaunchCompletion(jdbcTemplate, new DatabaseProduct(dataSource), new LtiLoginStates(jdbc, clock, keys),
                new LtiSessions(jdbc, clock, json), new LtiContexts(jdbc, clock), clock);
    }

    private LtiSessions sessionsAt(Duration sinceT0) {
        return new LtiSessions(jdbc, Clock.fixed(T0.plus(sinceT0), ZoneOffset.UTC), json);
    }

    private LtiLogin login() {
        LtiLoginStates states = new LtiLoginStates(jdbc, Clock.fixed(T0, ZoneOffset.UTC), keys);
        return states.find(states.start(1, "https://tool.example/course", null, null).state()).orElseThrow();
    }

    private static LtiLaunchMessage message(String contextId, String title, URI lineItems) {
        return new LtiLaunchMessage(new LtiUser(1, "d-1", contextId, title, "u-" + UUID.randomUUID(), "Ada", null,
                Set.of(LaurelRole.INSTRUCTOR), new PlatformServiceClaims(lineItems, null,
                        Set.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"), null)),
                LtiClaims.RESOURCE_LINK_REQUEST, "L-" + title, null);
    }

    @Test
    void usesTheLoginUpOnceAndStartsTheSessionWithIt() {
        LtiLogin login = login();
        String contextId = "c-" + UUID.randomUUID();
        LtiLaunchCompletion completion = completionAt(Duration.ofMinutes(1));

        String sessionId = completion.complete(login, message(contextId, "Algebra", null), false).orElseThrow();

        assertThat(sessionsAt(Duration.ofMinutes(2)).findActive(sessionId, false)).hasValueSatisfying(session -> {
            assertThat(session.user().contextId()).isEqualTo(contextId);
            assertThat(session.user().services().agsScopes())
                    .containsExactly("https://purl.imsglobal.org/spec/lti-ags/scope/score");
        });
        assertThat(completion.complete(login, message(contextId, "Algebra", null), false)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lti_session WHERE context_id = ?").param(contextId)
                .query(Long.class).single()).isOne();
    }

    @Test
    void anExpiredLoginStartsNoSession() {
        String contextId = "c-" + UUID.randomUUID();

        assertThat(completionAt(Duration.ofMinutes(11)).complete(login(), message(contextId, "Algebra", null), false))
                .isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lti_session WHERE context_id = ?").param(contextId)
                .query(Long.class).single()).isZero();
        assertThat(contexts.find(1, "d-1", contextId)).isEmpty();
    }

    @Test
    void recordsANewContextThenUpdatesItKeepingItsId() {
        String contextId = "c-" + UUID.randomUUID();
        URI lineItems = URI.create("https://lms.example/lineitems?course=1");

        completionAt(Duration.ofMinutes(1)).complete(login(), message(contextId, "Algebra", null), false).orElseThrow();
        LtiContext first = contexts.find(1, "d-1", contextId).orElseThrow();
        completionAt(Duration.ofMinutes(2)).complete(login(), message(contextId, "Algebra II", lineItems), true)
                .orElseThrow();
        LtiContext second = contexts.find(1, "d-1", contextId).orElseThrow();

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.title()).isEqualTo("Algebra II");
        assertThat(second.label()).isEqualTo("L-Algebra II");
        assertThat(second.services().agsLineItemsUrl()).isEqualTo(lineItems);
        assertThat(second.firstLaunchAt()).isEqualTo(first.firstLaunchAt());
        assertThat(second.lastLaunchAt()).isEqualTo(T0.plus(Duration.ofMinutes(2)));
    }

    @Test
    void aLaunchWithoutContextStartsOnlyTheSession() {
        LtiLaunchMessage message = message(null, null, null);

        String sessionId = completionAt(Duration.ofMinutes(1)).complete(login(), message, false).orElseThrow();

        assertThat(sessionsAt(Duration.ofMinutes(2)).findActive(sessionId, false)).hasValueSatisfying(session ->
                assertThat(session.user().contextId()).isNull());
    }
}

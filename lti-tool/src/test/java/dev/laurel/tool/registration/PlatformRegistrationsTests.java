package dev.laurel.tool.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.testsupport.DatabaseTest;
import dev.laurel.testsupport.ToolTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ToolTest
@DatabaseTest
class PlatformRegistrationsTests {

    @Autowired
    PlatformRegistrations registrations;

    @Autowired
    RegistrationResolver resolver;

    @Test
    void registersAndFindsByIssuerAndClientId() {
        PlatformRegistration saved = registrations.register(TestRegistrations.moodle("1"));

        assertThat(registrations.find(saved.issuer(), saved.clientId())).contains(saved);
        assertThat(registrations.findById(saved.id())).contains(saved);
        assertThat(registrations.findAll()).contains(saved);
        assertThat(saved.loginPath()).isEqualTo("/lti/login/" + saved.id());
        assertThat(registrations.deployments(saved.id())).singleElement()
                .satisfies(d -> assertThat(d.origin()).isEqualTo(DeploymentOrigin.REGISTRATION));
    }

    @Test
    void rejectsDuplicateIssuerAndClientId() {
        NewRegistration moodle = TestRegistrations.moodle("1");
        registrations.register(moodle);

        assertThatThrownBy(() -> registrations.register(moodle))
                .isInstanceOf(DuplicateRegistrationException.class)
                .hasMessageStartingWith("duplicate_registration");
    }

    @Test
    void knownDeploymentIsAccepted() {
        PlatformRegistration moodle = registrations.register(TestRegistrations.moodle("7"));

        assertThat(registrations.acceptDeployment(moodle.id(), "7")).isEqualTo(DeploymentDecision.ACCEPTED);
    }

    @Test
    void unknownDeploymentOfAKnownDeploymentsRegistrationIsRejected() {
        PlatformRegistration moodle = registrations.register(TestRegistrations.moodle("7"));

        DeploymentDecision decision = registrations.acceptDeployment(moodle.id(), "8");

        assertThat(decision).isEqualTo(DeploymentDecision.REJECTED);
        assertThat(DeploymentDecision.ERROR_CODE).isEqualTo("invalid_deployment");
        assertThat(registrations.deployments(moodle.id())).extracting(Deployment::deploymentId).containsExactly("7");
    }

    @Test
    void canvasStyleRegistrationAddsItsFirstDeploymentThenAcceptsIt() {
        PlatformRegistration canvas = registrations.register(TestRegistrations.canvas(TestRegistrations.uniqueCanvasIssuer()));

        assertThat(registrations.acceptDeployment(canvas.id(), "42:abc")).isEqualTo(DeploymentDecision.ADDED);
        assertThat(registrations.acceptDeployment(canvas.id(), "42:abc")).isEqualTo(DeploymentDecision.ACCEPTED);
        assertThat(registrations.deployments(canvas.id())).singleElement()
                .satisfies(d -> assertThat(d.origin()).isEqualTo(DeploymentOrigin.FIRST_LAUNCH));
    }

    @Test
    void concurrentFirstLaunchesAddTheDeploymentOnce() throws Exception {
        PlatformRegistration canvas = registrations.register(TestRegistrations.canvas(TestRegistrations.uniqueCanvasIssuer()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<DeploymentDecision>> launches = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                launches.add(() -> registrations.acceptDeployment(canvas.id(), "race"));
            }
            List<DeploymentDecision> decisions = new ArrayList<>();
            for (Future<DeploymentDecision> f : pool.invokeAll(launches)) {
                decisions.add(f.get());
            }
            assertThat(decisions).allMatch(DeploymentDecision::accepted);
            assertThat(decisions).filteredOn(d -> d == DeploymentDecision.ADDED).hasSize(1);
            assertThat(registrations.deployments(canvas.id())).hasSize(1);
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void resolvesTheOnlyRegistrationOfAnIssuerWithoutClientId() {
        PlatformRegistration moodle = registrations.register(TestRegistrations.moodle("1"));

        assertThat(resolver.resolve(moodle.issuer(), null)).isEqualTo(moodle);
        assertThat(resolver.resolve(moodle.issuer(), moodle.clientId())).isEqualTo(moodle);
    }

    @Test
    void rejectsAnIssuerWithSeveralRegistrationsWhenClientIdIsMissing() {
        String issuer = TestRegistrations.uniqueCanvasIssuer();
        PlatformRegistration first = registrations.register(TestRegistrations.canvas(issuer));
        registrations.register(TestRegistrations.canvas(issuer));

        assertThatThrownBy(() -> resolver.resolve(issuer, null))
                .isInstanceOfSatisfying(UnresolvedRegistrationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("ambiguous_registration"));
        assertThat(resolver.resolve(issuer, first.clientId())).isEqualTo(first);
        assertThat(resolver.resolve(first.id(), issuer, null)).isEqualTo(first);
    }

    @Test
    void rejectsUnknownIssuerOrClientId() {
        PlatformRegistration moodle = registrations.register(TestRegistrations.moodle("1"));

        assertThatThrownBy(() -> resolver.resolve("https://nowhere.example", null))
                .isInstanceOfSatisfying(UnresolvedRegistrationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("unknown_registration"));
        assertThatThrownBy(() -> resolver.resolve(moodle.issuer(), "other-client"))
                .isInstanceOfSatisfying(UnresolvedRegistrationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("unknown_registration"));
        assertThatThrownBy(() -> resolver.resolve(moodle.id(), "https://other.example", null))
                .isInstanceOfSatisfying(UnresolvedRegistrationException.class,
                        ex -> assertThat(ex.code()).isEqualTo("unknown_registration"));
    }

    @Test
    void recordsHealth() {
        PlatformRegistration moodle = registrations.register(TestRegistrations.moodle("1"));
        Instant launch = Instant.parse("2026-03-01T10:00:00Z");
        Instant call = Instant.parse("2026-03-01T10:05:00Z");

        assertThat(registrations.health(moodle.id())).isEqualTo(RegistrationHealth.unused());
        registrations.recordLaunch(moodle.id(), launch);
        registrations.recordServiceCall(moodle.id(), call);
        registrations.recordError(moodle.id(), "invalid_deployment", call);

        RegistrationHealth health = registrations.health(moodle.id());
        assertThat(health.lastLaunch()).contains(launch);
        assertThat(health.lastServiceCall()).contains(call);
        assertThat(health.lastErrorCode()).contains("invalid_deployment");
        assertThat(health.lastErrorAt()).contains(call);
    }
}

package dev.laurel.tool.services;

import dev.laurel.tool.keys.ToolKeys;
import dev.laurel.tool.registration.PlatformAddressPolicy;
import dev.laurel.tool.registration.PlatformConnections;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** The real service-token client and platform HTTP layer, wired without Spring, with short test timings. */
public record TestServicesClients(ServiceTokenClient tokens, PlatformGuards guards, PlatformHttpClient http,
        List<Duration> waits) {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    /** Short timings: 4 attempts, 10 ms first backoff, breaker opening after 4 of 8 calls. */
    public static ServicesProperties fastProperties() {
        return new ServicesProperties(Duration.ofSeconds(5), Duration.ofSeconds(10), 16, Duration.ofSeconds(10),
                Duration.ofSeconds(60), Duration.ofMinutes(5),
                new ServicesProperties.Retry(4, Duration.ofMillis(10), 2.0, Duration.ofMillis(100), Duration.ofMillis(5),
                        Duration.ofSeconds(120)),
                new ServicesProperties.CircuitBreaker(50, 8, 4, Duration.ofMinutes(1), 2));
    }

    public static TestServicesClients create(Clock clock) {
        return create(clock, fastProperties());
    }

    /** Components whose retry waits are recorded in {@link #waits()} and not slept; private addresses allowed. */
    public static TestServicesClients create(Clock clock, ServicesProperties properties) {
        return create(clock, properties, new PlatformConnections(new PlatformAddressPolicy(true)));
    }

    /** The same, connecting through {@code connections} (a test's own address policy). */
    public static TestServicesClients create(Clock clock, ServicesProperties properties, PlatformConnections connections) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("toolKeys", new TestToolKeys()));
        ServiceTokenClient tokens = new ServiceTokenClient(beans.getBeanProvider(ToolKeys.class),
                ServicesConfiguration.requestFactory(connections, properties), clock, properties, JSON);
        PlatformGuards guards = new PlatformGuards(properties);
        List<Duration> waits = new CopyOnWriteArrayList<>();
        RestClient restClient = RestClient.builder().requestFactory(ServicesConfiguration.requestFactory(connections, properties)).build();
        PlatformHttpClient http = new PlatformHttpClient(restClient, tokens, guards, properties, clock, waits::add, JSON);
        return new TestServicesClients(tokens, guards, http, waits);
    }
}

package dev.laurel.tool.services;

import dev.laurel.tool.keys.ToolKeys;
import dev.laurel.tool.registration.PlatformConnections;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** The service-token client and the resilient platform HTTP layer, with their timeouts and limits. */
@Configuration(proxyBeanMethods = false)
class ServicesConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RetrySleeper retrySleeper() {
        return RetrySleeper.threadSleep();
    }

    @Bean
    PlatformGuards platformGuards(ServicesProperties properties) {
        return new PlatformGuards(properties);
    }

    @Bean
    ServiceTokenClient serviceTokenClient(ObjectProvider<ToolKeys> toolKeys, Clock clock, ServicesProperties properties,
            PlatformConnections connections, ObjectProvider<JsonMapper> json) {
        return new ServiceTokenClient(toolKeys, requestFactory(connections, properties), clock, properties,
                json.getIfAvailable(() -> JsonMapper.builder().build()));
    }

    @Bean
    PlatformHttpClient platformHttpClient(ServiceTokenClient tokens, PlatformGuards guards, ServicesProperties properties,
            PlatformConnections connections, Clock clock, RetrySleeper sleeper, ObjectProvider<JsonMapper> json) {
        RestClient restClient = RestClient.builder().requestFactory(requestFactory(connections, properties)).build();
        return new PlatformHttpClient(restClient, tokens, guards, properties, clock, sleeper,
                json.getIfAvailable(() -> JsonMapper.builder().build()));
    }

    /**
     * Connections through {@link PlatformConnections} (Apache HttpClient 5, every address checked by the platform
     * address policy) with the configured timeouts, a pool ample for the per-platform concurrency limit, and no
     * redirects. With the JDK client the course-sync benchmark's request threads used about half as much CPU again,
     * and on a machine of 2 cores it starts a thread per response ({@code sendAsync} completes on
     * {@code CompletableFuture}'s default executor, there a thread per task).
     */
    static HttpComponentsClientHttpRequestFactory requestFactory(PlatformConnections connections,
            ServicesProperties properties) {
        return connections.requestFactory(new PlatformConnections.Settings(properties.connectTimeout(),
                properties.readTimeout(), Math.max(properties.concurrencyLimit(), 1) * 4, 0));
    }
}

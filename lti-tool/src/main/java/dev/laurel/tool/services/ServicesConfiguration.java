package dev.laurel.tool.services;

import dev.laurel.tool.keys.ToolKeys;
import java.time.Clock;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
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
            ObjectProvider<JsonMapper> json) {
        return new ServiceTokenClient(toolKeys, requestFactory(properties), clock, properties,
                json.getIfAvailable(() -> JsonMapper.builder().build()));
    }

    @Bean
    PlatformHttpClient platformHttpClient(ServiceTokenClient tokens, PlatformGuards guards, ServicesProperties properties,
            Clock clock, RetrySleeper sleeper, ObjectProvider<JsonMapper> json) {
        RestClient restClient = RestClient.builder().requestFactory(requestFactory(properties)).build();
        return new PlatformHttpClient(restClient, tokens, guards, properties, clock, sleeper,
                json.getIfAvailable(() -> JsonMapper.builder().build()));
    }

    /**
     * An Apache HttpClient 5 (classic, blocking I/O on the calling thread) with the configured connect and read
     * timeouts, a pool of kept-alive connections ample for the per-platform concurrency limit, and neither its own
     * retries (the platform layer retries, honouring {@code Retry-After}), redirects nor cookies. With the JDK client
     * the course-sync benchmark's request threads used about half as much CPU again, and on a machine of 2 cores it
     * starts a thread per response ({@code sendAsync} completes on {@code CompletableFuture}'s default executor,
     * there a thread per task).
     */
    static HttpComponentsClientHttpRequestFactory requestFactory(ServicesProperties properties) {
        int perRoute = Math.max(properties.concurrencyLimit(), 1) * 4;
        PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnPerRoute(perRoute)
                .setMaxConnTotal(perRoute * 4)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                        .setSocketTimeout(Timeout.of(properties.readTimeout()))
                        .build())
                .build();
        CloseableHttpClient client = HttpClients.custom()
                .setConnectionManager(connections)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .build();
        HttpComponentsClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory(client);
        factory.setReadTimeout(properties.readTimeout());
        return factory;
    }
}

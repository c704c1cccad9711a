package dev.laurel.tool.services;

import dev.laurel.tool.keys.ToolKeys;
import java.net.http.HttpClient;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
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

    /** A JDK HTTP/1.1 client with the configured connect and read timeouts. */
    static JdkClientHttpRequestFactory requestFactory(ServicesProperties properties) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(properties.readTimeout());
        return factory;
    }
}

package dev.laurel.tool.registration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The address policy of every platform call, from {@code laurel.registration.allow-private-addresses}. */
@Configuration(proxyBeanMethods = false)
class PlatformConnectionsConfiguration {

    @Bean
    PlatformAddressPolicy platformAddressPolicy(RegistrationProperties properties) {
        return new PlatformAddressPolicy(properties.allowPrivateAddresses());
    }

    @Bean
    PlatformConnections platformConnections(PlatformAddressPolicy addresses) {
        return new PlatformConnections(addresses);
    }
}

package dev.laurel.tool.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PlatformAddressPolicyTests {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
            "100.64.0.1", "198.18.0.1", "224.0.0.1", "::1", "fe80::1", "fd00::1"})
    void nonPublicAddressesAreNotPublic(String address) throws Exception {
        assertThat(PlatformAddressPolicy.isPublic(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "2606:4700::1111"})
    void publicAddressesArePublic(String address) throws Exception {
        assertThat(PlatformAddressPolicy.isPublic(InetAddress.getByName(address))).isTrue();
    }

    @Test
    void rejectsPlatformOnLoopbackWhenPrivateAddressesAreNotAllowed() {
        assertThatThrownBy(() -> new PlatformAddressPolicy(false).check(URI.create("http://127.0.0.1:8081/openid")))
            .isInstanceOfSatisfying(DynamicRegistrationException.class,
                    ex -> assertThat(ex.code()).isEqualTo(DynamicRegistrationException.PLATFORM_ADDRESS_NOT_PUBLIC));
    }

    @Test
    void acceptsLoopbackWhenPrivateAddressesAreAllowed() {
        new PlatformAddressPolicy(true).check(URI.create("http://127.0.0.1:8081/openid"));
    }
}

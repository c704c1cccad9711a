package dev.laurel.tool.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.laurel.testsupport.RebindingDnsResolver;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlatformAddressPolicyTests {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
            "100.64.0.1", "198.18.0.1", "224.0.0.1", "240.0.0.1", "255.255.255.255", "::1", "fe80::1", "fd00::1",
            "::ffff:127.0.0.1", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe"})
    void nonPublicAddressesAreNotPublic(String address) throws Exception {
        assertThat(PlatformAddressPolicy.isPublic(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "2606:4700::1111", "64:ff9b::5db8:d822"})
    void publicAddressesArePublic(String address) throws Exception {
        assertThat(PlatformAddressPolicy.isPublic(InetAddress.getByName(address))).isTrue();
    }

    @Test
    void refusesToResolveAHostToLoopbackWhenPrivateAddressesAreNotAllowed() {
        assertThatThrownBy(() -> new PlatformAddressPolicy(false).resolve("127.0.0.1"))
            .isInstanceOfSatisfying(PlatformAddressNotPublicException.class,
                    ex -> assertThat(ex.address().getHostAddress()).isEqualTo("127.0.0.1"));
    }

    @Test
    void refusesAHostWithOnePrivateAddressAmongPublicOnes() {
        DnsResolver twoAnswers = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.7")};
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };

        assertThatThrownBy(() -> new PlatformAddressPolicy(false, twoAnswers).resolve("lms.example.edu"))
            .isInstanceOf(PlatformAddressNotPublicException.class).hasMessageContaining("10.0.0.7");
    }

    @Test
    void resolvesLoopbackWhenPrivateAddressesAreAllowed() throws Exception {
        assertThat(new PlatformAddressPolicy(true).resolve("127.0.0.1")).extracting(InetAddress::getHostAddress)
            .containsExactly("127.0.0.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "169.254.169.254"})
    void refusesDynamicRegistrationWhoseJwksUriIsOnANonPublicAddress(String address) {
        PlatformOpenIdConfiguration platform = moodle("https://93.184.216.34/mod/lti/token.php",
                "https://" + address + "/mod/lti/certs.php");

        assertThatThrownBy(() -> new PlatformAddressPolicy(false).checkEndpoints(platform))
            .isInstanceOfSatisfying(DynamicRegistrationException.class, ex -> {
                assertThat(ex.code()).isEqualTo(DynamicRegistrationException.PLATFORM_ADDRESS_NOT_PUBLIC);
                assertThat(ex.detail()).startsWith("jwks_uri https://" + address);
            });
    }

    @Test
    void refusesDynamicRegistrationWhoseTokenEndpointIsOnAPrivateAddress() {
        PlatformOpenIdConfiguration platform = moodle("https://10.0.0.5/mod/lti/token.php",
                "https://93.184.216.34/mod/lti/certs.php");

        assertThatThrownBy(() -> new PlatformAddressPolicy(false).checkEndpoints(platform))
            .isInstanceOfSatisfying(DynamicRegistrationException.class, ex -> {
                assertThat(ex.code()).isEqualTo(DynamicRegistrationException.PLATFORM_ADDRESS_NOT_PUBLIC);
                assertThat(ex.detail()).startsWith("token_endpoint https://10.0.0.5");
            });
    }

    @Test
    void acceptsDynamicRegistrationWhoseJwksUriIsOnLoopbackWhenPrivateAddressesAreAllowed() {
        PlatformOpenIdConfiguration platform = moodle("https://127.0.0.1/mod/lti/token.php",
                "https://169.254.169.254/mod/lti/certs.php");

        assertThatNoException().isThrownBy(() -> new PlatformAddressPolicy(true).checkEndpoints(platform));
    }

    @Test
    void acceptsDynamicRegistrationWhoseEndpointsAreOnPublicAddresses() {
        PlatformOpenIdConfiguration platform = moodle("https://93.184.216.34/mod/lti/token.php",
                "https://93.184.216.34/mod/lti/certs.php");

        assertThatNoException().isThrownBy(() -> new PlatformAddressPolicy(false,
                RebindingDnsResolver.constant("93.184.216.34")).checkEndpoints(platform));
    }

    private static PlatformOpenIdConfiguration moodle(String tokenEndpoint, String jwksUri) {
        return new PlatformOpenIdConfiguration("https://moodle.example.edu",
                URI.create("https://93.184.216.34/mod/lti/auth.php"), URI.create(tokenEndpoint), URI.create(jwksUri),
                URI.create("https://93.184.216.34/mod/lti/openid-registration.php"), null, PlatformFamily.MOODLE,
                "moodle");
    }
}

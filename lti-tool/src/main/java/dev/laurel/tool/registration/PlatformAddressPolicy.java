package dev.laurel.tool.registration;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * Which addresses Laurel may call a platform on: unless {@link RegistrationProperties#allowPrivateAddresses()} is
 * on, only public ones, never loopback, private, link-local, shared, reserved, multicast or wildcard addresses, so
 * that a platform URL (say one given by an anonymous Dynamic Registration) cannot make Laurel call into its own
 * network (server-side request forgery).
 * <p>
 * It is checked twice. When a Dynamic Registration stores the platform's URLs, {@link #checkEndpoints} resolves
 * their hosts and refuses the registration. When Laurel connects, this class is the HTTP client's
 * {@link DnsResolver} (see {@link PlatformConnections}): the addresses it checks are the only ones the client
 * connects to, so a DNS answer that changes after registration (DNS rebinding) is refused at the connection.
 */
public final class PlatformAddressPolicy implements DnsResolver {

    private final boolean allowPrivate;

    private final DnsResolver dns;

    public PlatformAddressPolicy(boolean allowPrivate) {
        this(allowPrivate, SystemDefaultDnsResolver.INSTANCE);
    }

    /** A policy resolving hosts with {@code dns} (tests answer with addresses of their choice). */
    public PlatformAddressPolicy(boolean allowPrivate, DnsResolver dns) {
        this.allowPrivate = allowPrivate;
        this.dns = dns;
    }

    /**
     * The addresses of {@code host}, every one of them allowed.
     *
     * @throws PlatformAddressNotPublicException when one is not public and private addresses are not allowed
     */
    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = dns.resolve(host);
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (!isPublic(address)) {
                    throw new PlatformAddressNotPublicException(host, address);
                }
            }
        }
        return addresses;
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        return dns.resolveCanonicalHostname(host);
    }

    /**
     * Refuses a Dynamic Registration whose platform would have Laurel call a non-public address later: its
     * key set (launch validation), token endpoint (services) or authorization endpoint.
     *
     * @throws DynamicRegistrationException {@code platform_address_not_public} naming the endpoint, or
     *         {@code invalid_openid_configuration} when its host does not resolve
     */
    void checkEndpoints(PlatformOpenIdConfiguration platform) {
        checkEndpoint("jwks_uri", platform.jwksUri());
        checkEndpoint("token_endpoint", platform.tokenEndpoint());
        checkEndpoint("authorization_endpoint", platform.authorizationEndpoint());
    }

    private void checkEndpoint(String name, URI url) {
        if (allowPrivate) {
            return;
        }
        try {
            resolve(url.getHost());
        }
        catch (PlatformAddressNotPublicException ex) {
            throw DynamicRegistrationException.notPublic(name, url, ex);
        }
        catch (UnknownHostException ex) {
            throw new DynamicRegistrationException(DynamicRegistrationException.INVALID_OPENID_CONFIGURATION,
                    name + " names the host " + url.getHost() + ", which does not resolve");
        }
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isMulticastAddress() || address.isAnyLocalAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        if (bytes.length == 4) {
            // RFC 6598 shared 100.64/10; RFC 6890 0/8, 198.18/15 benchmarking, 240/4 reserved and broadcast
            return !(first == 0 || (first == 100 && second >= 64 && second <= 127)
                    || (first == 198 && (second == 18 || second == 19)) || first >= 240);
        }
        if (isNat64(bytes)) {
            // RFC 6052 64:ff9b::/96 carries an IPv4 address, judged as that address
            return isPublic(ipv4(bytes));
        }
        // RFC 4193 unique local fc00::/7
        return (first & 0xfe) != 0xfc;
    }

    private static boolean isNat64(byte[] bytes) {
        byte[] prefix = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte[] ipv6) {
        try {
            return InetAddress.getByAddress(new byte[] {ipv6[12], ipv6[13], ipv6[14], ipv6[15]});
        }
        catch (UnknownHostException ex) {
            throw new IllegalStateException("four bytes are always an IPv4 address", ex);
        }
    }
}

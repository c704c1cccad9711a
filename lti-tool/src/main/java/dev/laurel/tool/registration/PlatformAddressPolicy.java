package dev.laurel.tool.registration;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Refuses platform URLs whose host resolves to a loopback, private, link-local, multicast or wildcard address
 * when {@link RegistrationProperties#allowPrivateAddresses()} is off, so that an anonymous Dynamic Registration
 * request cannot make Laurel call into its own network (server-side request forgery). The check resolves the host
 * before the call; DNS answers that change between the check and the call are a known limit of this check.
 */
final class PlatformAddressPolicy {

    private final boolean allowPrivate;

    PlatformAddressPolicy(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** @throws DynamicRegistrationException {@code platform_address_not_public} for a non-public address */
    void check(URI url) {
        if (allowPrivate) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        }
        catch (UnknownHostException ex) {
            throw new DynamicRegistrationException(DynamicRegistrationException.OPENID_CONFIGURATION_UNREACHABLE,
                    "Laurel could not resolve " + url.getHost());
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new DynamicRegistrationException(DynamicRegistrationException.PLATFORM_ADDRESS_NOT_PUBLIC,
                        url.getHost() + " resolves to a non-public address; Laurel registers only platforms on public addresses");
            }
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
            // RFC 6598 shared address space 100.64/10, RFC 6890 0/8 and 198.18/15 benchmarking
            return !(first == 0 || (first == 100 && second >= 64 && second <= 127) || (first == 198 && (second == 18 || second == 19)));
        }
        // RFC 4193 unique local fc00::/7
        return (first & 0xfe) != 0xfc;
    }
}

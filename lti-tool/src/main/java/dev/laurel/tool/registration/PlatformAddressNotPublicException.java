package dev.laurel.tool.registration;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * A platform host resolved to an address Laurel does not connect to ({@code platform_address_not_public}). An
 * {@link UnknownHostException} because it is thrown where the HTTP client resolves the host, and travels to the
 * caller as the cause of the client's I/O failure; {@link #in(Throwable)} finds it there.
 */
public final class PlatformAddressNotPublicException extends UnknownHostException {

    public static final String CODE = "platform_address_not_public";

    private final String host;

    private final InetAddress address;

    PlatformAddressNotPublicException(String host, InetAddress address) {
        super(host + " resolves to the non-public address " + address.getHostAddress()
                + "; Laurel connects only to platforms on public addresses");
        this.host = host;
        this.address = address;
    }

    public String host() {
        return host;
    }

    public InetAddress address() {
        return address;
    }

    /** The refusal among {@code failure} and its causes, if the address policy is why it failed. */
    public static Optional<PlatformAddressNotPublicException> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PlatformAddressNotPublicException refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }
}

package dev.laurel.tool.services;

import dev.laurel.tool.registration.PlatformAddressNotPublicException;

/**
 * Laurel refused to connect: the platform's host resolved to a non-public address while private addresses are not
 * allowed ({@code platform_address_not_public}). Not retried, and not counted against the platform's circuit.
 */
public final class PlatformAddressRefusedException extends PlatformServiceException {

    public static final String CODE = PlatformAddressNotPublicException.CODE;

    PlatformAddressRefusedException(long registrationId, PlatformAddressNotPublicException refusal) {
        super(CODE, registrationId, 0, refusal.getMessage(), refusal);
    }

    /** Throws this refusal when the address policy is why {@code failure} happened; returns otherwise. */
    static void throwIfRefused(long registrationId, Throwable failure) {
        PlatformAddressNotPublicException.in(failure).ifPresent(refusal -> {
            throw new PlatformAddressRefusedException(registrationId, refusal);
        });
    }
}

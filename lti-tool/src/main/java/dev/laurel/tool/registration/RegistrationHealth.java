package dev.laurel.tool.registration;

import java.time.Instant;
import java.util.Optional;

/**
 * What an admin sees about a registration's use: the last successful launch, the last service call
 * (AGS / NRPS) and the last error with its code; each empty when it never happened.
 */
public record RegistrationHealth(Optional<Instant> lastLaunch, Optional<Instant> lastServiceCall,
        Optional<String> lastErrorCode, Optional<Instant> lastErrorAt) {

    /** A registration that has not been used yet. */
    public static RegistrationHealth unused() {
        return new RegistrationHealth(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}

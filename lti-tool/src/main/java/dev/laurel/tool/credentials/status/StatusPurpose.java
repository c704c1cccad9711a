package dev.laurel.tool.credentials.status;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two purposes Laurel publishes lists for.
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistentry">Bitstring Status List §2.1 statusPurpose</a>
 */
public enum StatusPurpose {
    REVOCATION("revocation"), SUSPENSION("suspension");

    private final String value;

    StatusPurpose(String value) {
        this.value = value;
    }

    /** The {@code statusPurpose} value as it appears in JSON and in URLs. */
    public String value() {
        return value;
    }

    public static Optional<StatusPurpose> fromValue(String value) {
        return Arrays.stream(values()).filter(purpose -> purpose.value.equals(value)).findFirst();
    }
}

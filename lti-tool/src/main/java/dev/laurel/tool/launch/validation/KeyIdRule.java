package dev.laurel.tool.launch.validation;

import com.nimbusds.jose.JWSHeader;
import dev.laurel.tool.launch.LtiLaunchError;

/**
 * The id_token header names its signing key ({@code missing_kid}), so the platform can rotate keys.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#h_key-management">Security Framework §6.3 (kid in the JOSE header)</a>
 */
public final class KeyIdRule {

    /** @throws LtiKeySelectionException with {@code missing_kid} */
    public void check(JWSHeader header) throws LtiKeySelectionException {
        // Security Framework §6.3: the platform MUST include kid in the JOSE header of its messages
        if (header.getKeyID() == null || header.getKeyID().isBlank()) {
            throw new LtiKeySelectionException(LtiLaunchError.MISSING_KID);
        }
    }
}

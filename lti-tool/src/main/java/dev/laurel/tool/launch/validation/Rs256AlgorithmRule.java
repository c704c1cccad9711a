package dev.laurel.tool.launch.validation;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import dev.laurel.tool.launch.LtiLaunchError;

/**
 * The id_token is signed with RS256; {@code none} and HMAC algorithms are refused ({@code unsupported_alg}).
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation">Security Framework §5.1.3 step 6</a>
 */
public final class Rs256AlgorithmRule {

    /** @throws LtiKeySelectionException with {@code unsupported_alg} */
    public void check(JWSHeader header) throws LtiKeySelectionException {
        // Security Framework §5.1.3 (6) and §6.1: asymmetric RS256; "none" and HS256 MUST be rejected
        if (header == null || !JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
            throw new LtiKeySelectionException(LtiLaunchError.UNSUPPORTED_ALG);
        }
    }
}

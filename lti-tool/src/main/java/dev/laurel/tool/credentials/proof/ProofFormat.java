package dev.laurel.tool.credentials.proof;

import dev.laurel.tool.credentials.IssuedCredential;
import dev.laurel.tool.credentials.issuer.KeyAlgorithm;

/** How a credential is secured, and with which key algorithm. */
public enum ProofFormat {

    /** VC-JWT (compact JWS) with RS256. */
    VC_JWT_RS256(KeyAlgorithm.RS256, IssuedCredential.VC_JWT),
    /** VC-JWT (compact JWS) with ES256. */
    VC_JWT_ES256(KeyAlgorithm.ES256, IssuedCredential.VC_JWT),
    /** Embedded Data Integrity proof, cryptosuite {@code eddsa-rdfc-2022}. */
    EDDSA_RDFC_2022(KeyAlgorithm.ED25519, IssuedCredential.VC_LD_JSON);

    private final KeyAlgorithm keyAlgorithm;
    private final String mediaType;

    ProofFormat(KeyAlgorithm keyAlgorithm, String mediaType) {
        this.keyAlgorithm = keyAlgorithm;
        this.mediaType = mediaType;
    }

    public KeyAlgorithm keyAlgorithm() {
        return keyAlgorithm;
    }

    /** The {@link IssuedCredential#mediaType()} a credential secured this way gets. */
    public String mediaType() {
        return mediaType;
    }
}

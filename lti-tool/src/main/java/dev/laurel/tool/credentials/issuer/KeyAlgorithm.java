package dev.laurel.tool.credentials.issuer;

/** The signature algorithms Laurel's issuer keys use. */
public enum KeyAlgorithm {

    /** RSASSA-PKCS1-v1_5 with SHA-256, 2048-bit keys, for VC-JWT. */
    RS256,
    /** ECDSA P-256 with SHA-256, for VC-JWT. */
    ES256,
    /** Ed25519, for the Data Integrity {@code eddsa-rdfc-2022} cryptosuite. */
    ED25519
}

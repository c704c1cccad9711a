-- Issuer signing keys (separate from the LTI tool keys). The private JWK is sealed (KeySealer, purpose
-- issuer-key). current_algorithm equals algorithm while the key signs new credentials and is NULL once
-- rotated out; a retired key stays published so old credentials keep verifying.
CREATE TABLE credential_issuer_key (
    key_id             VARCHAR(64)  NOT NULL PRIMARY KEY,
    issuer_slug        VARCHAR(64)  NOT NULL REFERENCES credential_issuer (slug),
    algorithm          VARCHAR(16)  NOT NULL,
    public_jwk         TEXT         NOT NULL,
    sealed_private_jwk TEXT         NOT NULL,
    current_algorithm  VARCHAR(16),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_credential_issuer_key_current UNIQUE (issuer_slug, current_algorithm)
);
CREATE INDEX ix_credential_issuer_key_issuer ON credential_issuer_key (issuer_slug);

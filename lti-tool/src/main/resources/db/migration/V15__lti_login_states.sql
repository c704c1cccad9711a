-- LTI 1.3 OIDC login initiations (state + nonce), single use, 10 minutes; only hashes are stored.
CREATE TABLE lti_login_state (
    state_hash       VARCHAR(64)              NOT NULL PRIMARY KEY,
    nonce_hash       VARCHAR(64)              NOT NULL,
    browser_hash     VARCHAR(64)              NOT NULL,
    registration_id  BIGINT                   NOT NULL,
    target_link_uri  VARCHAR(2048)            NOT NULL,
    storage_target   VARCHAR(255),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    consumed_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_lti_login_state_nonce UNIQUE (nonce_hash)
);
CREATE INDEX ix_lti_login_state_expires ON lti_login_state (expires_at);

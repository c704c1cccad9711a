-- Server-side sessions after a valid LTI launch (8 h absolute, 1 h idle); only the hash of the session id is stored.
CREATE TABLE lti_session (
    id_hash              VARCHAR(64)              NOT NULL PRIMARY KEY,
    registration_id      BIGINT                   NOT NULL,
    deployment_id        VARCHAR(255)             NOT NULL,
    context_id           VARCHAR(255),
    context_title        VARCHAR(1024),
    user_id              VARCHAR(255)             NOT NULL,
    user_name            VARCHAR(512),
    user_email           VARCHAR(512),
    roles                VARCHAR(255)             NOT NULL,
    message_type         VARCHAR(64)              NOT NULL,
    cookieless           BOOLEAN                  NOT NULL,
    services             TEXT,
    deep_linking         TEXT,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_lti_session_expires ON lti_session (expires_at);

-- The HMAC key for cookieless session tokens, sealed with the master key, shared by every instance.
CREATE TABLE lti_session_token_key (
    id          VARCHAR(32)              NOT NULL PRIMARY KEY,
    sealed_key  TEXT                     NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The log's signing key (ES256; private part sealed with KeySealer) and its signed tree heads.
CREATE TABLE transparency_log_keys (
    slot           VARCHAR(20)              NOT NULL PRIMARY KEY,
    key_id         VARCHAR(100)             NOT NULL,
    public_jwk     TEXT                     NOT NULL,
    sealed_private TEXT                     NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE transparency_log_tree_heads (
    tree_size BIGINT                   NOT NULL PRIMARY KEY,
    root_hash VARCHAR(64)              NOT NULL,
    issued_at TIMESTAMP WITH TIME ZONE NOT NULL,
    key_id    VARCHAR(100)             NOT NULL,
    signature TEXT                     NOT NULL
);

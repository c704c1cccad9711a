-- The append-only Merkle transparency log (RFC 9162 style). The single head row is locked by every append,
-- so leaf indexes are dense and ordered across instances.
CREATE TABLE transparency_log_head (
    id        INT    NOT NULL PRIMARY KEY,
    tree_size BIGINT NOT NULL
);
INSERT INTO transparency_log_head (id, tree_size) VALUES (1, 0);

-- entry_hash is the SHA-256 of the issued credential (base64url); unique, so appends are idempotent.
CREATE TABLE transparency_log_leaves (
    leaf_index    BIGINT                   NOT NULL PRIMARY KEY,
    entry_hash    VARCHAR(64)              NOT NULL,
    credential_id VARCHAR(2000)            NOT NULL,
    issuer_id     VARCHAR(2000)            NOT NULL,
    appended_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT transparency_log_leaves_hash_uq UNIQUE (entry_hash)
);
CREATE INDEX transparency_log_leaves_credential_idx ON transparency_log_leaves (credential_id);

-- Complete aligned subtree hashes: level 0 are leaf hashes, node (l, i) covers leaves [i*2^l, (i+1)*2^l).
CREATE TABLE transparency_log_nodes (
    node_level INT         NOT NULL,
    node_index BIGINT      NOT NULL,
    node_hash  VARCHAR(64) NOT NULL,
    PRIMARY KEY (node_level, node_index)
);

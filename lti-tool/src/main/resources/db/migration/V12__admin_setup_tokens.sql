-- One-time setup tokens that create the first Laurel admin session. Only the SHA-256 of a token is stored;
-- a token is burned (used_at set) by the conditional update that redeems it.
CREATE TABLE admin_setup_token (
    token_hash VARCHAR(64)              NOT NULL PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);

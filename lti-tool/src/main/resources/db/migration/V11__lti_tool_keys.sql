-- The tool's RSA keys for LTI (client assertions, deep-linking responses), rotated with overlap.
-- Private parts are sealed (KeySealer, purpose lti-tool-key); never stored in the clear.
-- current_slot / next_slot are 1 for the current / next key and NULL otherwise: the unique constraints
-- guarantee at most one current and one next key across every instance sharing this database.
CREATE TABLE lti_tool_key (
    kid                VARCHAR(64)              NOT NULL PRIMARY KEY,
    state              VARCHAR(16)              NOT NULL,
    current_slot       SMALLINT,
    next_slot          SMALLINT,
    public_jwk         TEXT                     NOT NULL,
    sealed_private_key TEXT                     NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    activates_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT lti_tool_key_one_current UNIQUE (current_slot),
    CONSTRAINT lti_tool_key_one_next UNIQUE (next_slot)
);

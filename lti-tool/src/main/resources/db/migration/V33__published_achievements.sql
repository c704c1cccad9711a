-- The Achievement documents credentials point to ({laurel.public-url}/achievements/{key}), as last issued.
CREATE TABLE published_achievement (
    achievement_key VARCHAR(128) NOT NULL PRIMARY KEY,
    issuer_slug     VARCHAR(64)  NOT NULL REFERENCES credential_issuer (slug),
    document        TEXT         NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

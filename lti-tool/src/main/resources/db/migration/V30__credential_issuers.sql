-- Open Badges issuer profiles: one per registration / institution, plus the instance's default one.
-- The profile id is {laurel.public-url}/issuers/{slug}.
CREATE TABLE credential_issuer (
    slug                 VARCHAR(64)  NOT NULL PRIMARY KEY,
    name                 VARCHAR(255) NOT NULL,
    url                  VARCHAR(512),
    email                VARCHAR(255),
    image_url            VARCHAR(512),
    address_country      VARCHAR(128) NOT NULL,
    address_country_code VARCHAR(2)   NOT NULL,
    proof_format         VARCHAR(32)  NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

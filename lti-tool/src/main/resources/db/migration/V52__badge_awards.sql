-- The badges Laurel awarded: one row per (badge, learner), so a learner never holds two awards of one badge
-- whatever the retries, double clicks or concurrent instances (the primary key, not a check before inserting).
-- credential_uuid is the issued credential; revoked_* record a revocation made from the badge's review page.
CREATE TABLE badge_award (
    badge_id         BIGINT                   NOT NULL REFERENCES badge (id),
    user_id          VARCHAR(255)             NOT NULL,
    credential_uuid  VARCHAR(36)              NOT NULL,
    issued_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by        VARCHAR(255)             NOT NULL,
    run_id           BIGINT,
    revoked_at       TIMESTAMP WITH TIME ZONE,
    revoked_by       VARCHAR(255),
    revoke_reason    VARCHAR(1000),
    PRIMARY KEY (badge_id, user_id),
    CONSTRAINT uq_badge_award_credential UNIQUE (credential_uuid)
);

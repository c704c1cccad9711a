-- Re-issue after a revocation: badge_award keeps every award of a badge to a learner (the revoked ones stay, as
-- history), keyed by its credential. At most one award per (badge, learner) is in force: active is 'Y' while it
-- is, NULL once revoked (the check ties it to revoked_at, and is written so that no NULL makes it unknown,
-- which a check would let pass), and the unique key on (badge_id, user_id, active)
-- admits one 'Y' and any number of NULLs on H2 and PostgreSQL alike, as issued_credential does (V32). So two
-- active awards stay impossible whatever the retries, double clicks or concurrent instances.
ALTER TABLE badge_award RENAME TO badge_award_v52;

CREATE TABLE badge_award (
    credential_uuid  VARCHAR(36)              NOT NULL,
    badge_id         BIGINT                   NOT NULL REFERENCES badge (id),
    user_id          VARCHAR(255)             NOT NULL,
    active           VARCHAR(1),
    issued_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by        VARCHAR(255)             NOT NULL,
    run_id           BIGINT,
    revoked_at       TIMESTAMP WITH TIME ZONE,
    revoked_by       VARCHAR(255),
    revoke_reason    VARCHAR(1000),
    CONSTRAINT pk_badge_award PRIMARY KEY (credential_uuid),
    CONSTRAINT uq_badge_award_active UNIQUE (badge_id, user_id, active),
    CONSTRAINT ck_badge_award_active CHECK ((active IS NOT NULL AND active = 'Y' AND revoked_at IS NULL)
        OR (active IS NULL AND revoked_at IS NOT NULL))
);

INSERT INTO badge_award (credential_uuid, badge_id, user_id, active, issued_at, issued_by, run_id, revoked_at,
        revoked_by, revoke_reason)
SELECT credential_uuid, badge_id, user_id, CASE WHEN revoked_at IS NULL THEN 'Y' END, issued_at, issued_by, run_id,
        revoked_at, revoked_by, revoke_reason
FROM badge_award_v52;

-- A credential revoked from a badge's review page is no longer the one in force for its achievement and learner,
-- so issuing the badge again signs a new credential instead of finding the revoked one.
UPDATE issued_credential SET active = NULL
WHERE credential_uuid IN (SELECT credential_uuid FROM badge_award_v52 WHERE revoked_at IS NOT NULL);

DROP TABLE badge_award_v52;

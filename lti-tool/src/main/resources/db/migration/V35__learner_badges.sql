-- The learner's side of an issued credential: when they claimed (accepted) it and first opened it.
-- One row per credential, so claiming twice or opening twice changes nothing.
CREATE TABLE learner_badge_claim (
    credential_uuid VARCHAR(36)  NOT NULL PRIMARY KEY,
    recipient_key   VARCHAR(255) NOT NULL,
    claimed_by      VARCHAR(255) NOT NULL,
    claimed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE learner_badge_view (
    credential_uuid VARCHAR(36)  NOT NULL PRIMARY KEY,
    first_seen_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The course a credential was earned in, where the issuing feature says so; a credential without a row
-- shows in each of the learner's courses.
CREATE TABLE learner_badge_course (
    credential_uuid VARCHAR(36) NOT NULL PRIMARY KEY,
    course_id       BIGINT      NOT NULL
);

-- The latest evaluation of each badge's rule for each learner of the course: whether they qualify, the rubric
-- levels reached (JSON criterion key -> level key) and the explanation (JSON outcome tree).
CREATE TABLE badge_eligibility (
    badge_id      BIGINT                   NOT NULL REFERENCES badge (id) ON DELETE CASCADE,
    user_id       VARCHAR(255)             NOT NULL,
    qualifies     BOOLEAN                  NOT NULL,
    levels        TEXT                     NOT NULL,
    explanation   TEXT                     NOT NULL,
    evaluated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (badge_id, user_id)
);

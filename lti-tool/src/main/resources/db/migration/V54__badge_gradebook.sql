-- Laurel's own gradebook column in each course (an AGS line item tagged 'laurel-badges'), and the last comment
-- posted to each learner on it: a comment is posted again only when the learner's badges changed.
CREATE TABLE badge_gradebook_line_item (
    course_id      BIGINT                   NOT NULL PRIMARY KEY REFERENCES lti_context (id),
    line_item_url  VARCHAR(2000)            NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE badge_gradebook_comment (
    course_id  BIGINT                   NOT NULL REFERENCES lti_context (id),
    user_id    VARCHAR(255)             NOT NULL,
    comment    VARCHAR(4000)            NOT NULL,
    posted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (course_id, user_id)
);

-- The latest "post gradebook comments" request of each course (a persistent job) and how it went.
CREATE TABLE badge_gradebook_post (
    course_id     BIGINT                   NOT NULL PRIMARY KEY REFERENCES lti_context (id),
    state         VARCHAR(20)              NOT NULL,
    requested_by  VARCHAR(255)             NOT NULL,
    posted        INT                      NOT NULL,
    failed        INT                      NOT NULL,
    last_error    VARCHAR(1000),
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE
);

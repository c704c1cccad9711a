-- A posting stopped by an LMS outage waits for an automatic retry (state WAITING): when the next try is due.
ALTER TABLE badge_gradebook_post ADD COLUMN next_try_at TIMESTAMP WITH TIME ZONE;

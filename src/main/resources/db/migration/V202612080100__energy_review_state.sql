-- A review's state as the domain last judged it (ReviewStates: on every change, on its project's stage change and
-- nightly, since a lapse date passes by itself), so the list filters and pages its warnings in SQL.
ALTER TABLE energy_review ADD COLUMN state VARCHAR(16) NOT NULL DEFAULT 'APPLIED'
  CHECK (state IN ('NOT_REQUIRED', 'APPLIED', 'APPROVED', 'LAPSING', 'LAPSED', 'STARTED', 'ACCEPTANCE_DUE', 'ACCEPTED'));
CREATE INDEX energy_review_state_idx ON energy_review (state);

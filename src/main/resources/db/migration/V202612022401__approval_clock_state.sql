-- The clock's state kept on the application row, written by the Application aggregate on every clock event, so the
-- list filters by state without computing every clock per query:
--   clock_state  the state when last computed (NULL: no clock — not accepted, refused or withdrawn);
--   warning_at   only while the clock runs: the moment it turns to warning; it is overdue once deadline < now.
--                So a running application is in warning for warning_at <= now <= deadline, overdue after it; a
--                stopped clock (suspended, decided) keeps clock_state until its next event.
--   clock_stale  written outside the aggregate (this migration, bulk loads, a calendar change): the periodic clock
--                job reads these rows through the aggregate and stores their state.
ALTER TABLE approval_application
    ADD COLUMN clock_state VARCHAR(10) CHECK (clock_state IN ('NORMAL', 'WARNING', 'OVERDUE')),
    ADD COLUMN warning_at  TIMESTAMP,
    ADD COLUMN clock_stale BOOLEAN NOT NULL DEFAULT TRUE;
-- Every existing row is stale (the default), so the job computes it once after this migration.

CREATE INDEX approval_application_clock_state_idx ON approval_application (clock_state, received_at DESC, id DESC);
CREATE INDEX approval_application_running_idx ON approval_application (deadline, warning_at) WHERE warning_at IS NOT NULL;
CREATE INDEX approval_application_stale_idx ON approval_application (id) WHERE clock_stale;

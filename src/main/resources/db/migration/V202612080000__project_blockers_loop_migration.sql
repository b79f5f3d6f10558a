-- Blockers raised before the 督办 loop (and the meeting decisions on them) are moved onto it once per database, by the application at start-up (the lead,
-- supervisor and deadline come from the loop's own rules, not from SQL): this row says it was done, and how it went.
CREATE TABLE project_loop_migration
(
  name          VARCHAR(40) PRIMARY KEY,
  done_at       TIMESTAMPTZ NOT NULL,
  migrated      INT         NOT NULL,
  left_unrouted INT         NOT NULL,
  decisions     INT         NOT NULL DEFAULT 0
);

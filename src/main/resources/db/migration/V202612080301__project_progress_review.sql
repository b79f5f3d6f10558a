-- Staff review of a monthly report (月报审核): each review names the version it saw; a correction waits for its own.
CREATE TABLE project_progress_review
(
  id          BIGSERIAL PRIMARY KEY,
  project_id  BIGINT       NOT NULL REFERENCES project (id),
  month       DATE         NOT NULL,
  version     INT          NOT NULL,
  decision    VARCHAR(20)  NOT NULL CHECK (decision IN ('ACCEPTED', 'RETURNED')),
  reason      TEXT,
  reviewed_by VARCHAR(100) NOT NULL,
  reviewed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
  CHECK (decision = 'ACCEPTED' OR reason IS NOT NULL),
  UNIQUE (project_id, month, version)
);
CREATE INDEX project_progress_review_month_idx ON project_progress_review (month, project_id);

-- Workers and machines on site in the monthly report (计划/实际施工人数, 机械台数).
ALTER TABLE project_progress
  ADD COLUMN workers_planned INT CHECK (workers_planned >= 0),
  ADD COLUMN workers_on_site INT CHECK (workers_on_site >= 0),
  ADD COLUMN machines        INT CHECK (machines >= 0);

-- 停复工: an owner (or staff) reports a stop, staff confirm it; resumption likewise. Rows are never deleted: the history.
CREATE TABLE project_stoppage
(
  id               BIGSERIAL PRIMARY KEY,
  project_id       BIGINT       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  stopped_from     DATE         NOT NULL,
  reason           TEXT         NOT NULL,
  expected_resume  DATE,
  status           VARCHAR(20)  NOT NULL CHECK (status IN ('REPORTED', 'CONFIRMED', 'RESUME_REPORTED', 'RESUMED')),
  reported_by      VARCHAR(50)  NOT NULL,
  reported_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
  confirmed_by     VARCHAR(50),
  confirmed_at     TIMESTAMPTZ,
  resumed_on       DATE,
  resume_note      TEXT,
  resume_reported_by VARCHAR(50),
  resume_confirmed_by VARCHAR(50),
  resume_confirmed_at TIMESTAMPTZ,
  CHECK (resumed_on IS NULL OR resumed_on >= stopped_from)
);
-- At most one stoppage not yet resumed per project.
CREATE UNIQUE INDEX project_stoppage_open_idx ON project_stoppage (project_id) WHERE status <> 'RESUMED';
CREATE INDEX project_stoppage_project_idx ON project_stoppage (project_id, stopped_from);

-- Site inspections (巡查) by staff; a finding may become a blocker.
CREATE TABLE project_inspection
(
  id            BIGSERIAL PRIMARY KEY,
  project_id    BIGINT       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  inspected_on  DATE         NOT NULL,
  inspectors    VARCHAR(200) NOT NULL,
  findings      TEXT         NOT NULL,
  blocker_id    BIGINT REFERENCES project_blocker (id) ON DELETE SET NULL,
  created_by    VARCHAR(50)  NOT NULL,
  created_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX project_inspection_project_idx ON project_inspection (project_id, inspected_on DESC);

-- Site photos of a monthly report (or of an inspection): only the copies shown are kept (re-encoded, so without any
-- metadata, location included), with the capture time read from the original's EXIF and the hashes the trust checks use.
CREATE TABLE project_photo
(
  id             BIGSERIAL PRIMARY KEY,
  project_id     BIGINT       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  month          DATE         NOT NULL,
  inspection_id  BIGINT REFERENCES project_inspection (id) ON DELETE CASCADE,
  file_name      VARCHAR(200) NOT NULL,
  display        BYTEA        NOT NULL,
  thumbnail      BYTEA        NOT NULL,
  width          INT          NOT NULL,
  height         INT          NOT NULL,
  taken_at       TIMESTAMP,
  content_sha256 BYTEA        NOT NULL,
  dhash          BIGINT       NOT NULL,
  dhash_1        SMALLINT     NOT NULL,
  dhash_2        SMALLINT     NOT NULL,
  dhash_3        SMALLINT     NOT NULL,
  dhash_4        SMALLINT     NOT NULL,
  outside_month  BOOLEAN      NOT NULL,
  duplicate_of   BIGINT REFERENCES project_photo (id) ON DELETE SET NULL,
  uploaded_by    VARCHAR(50)  NOT NULL,
  uploaded_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX project_photo_month_idx ON project_photo (project_id, month) WHERE inspection_id IS NULL;
CREATE INDEX project_photo_inspection_idx ON project_photo (inspection_id) WHERE inspection_id IS NOT NULL;
CREATE INDEX project_photo_sha_idx ON project_photo (content_sha256);
-- The perceptual hash in four 16-bit quarters: two hashes within 3 bits of each other agree on at least one quarter.
CREATE INDEX project_photo_dhash_1_idx ON project_photo (dhash_1);
CREATE INDEX project_photo_dhash_2_idx ON project_photo (dhash_2);
CREATE INDEX project_photo_dhash_3_idx ON project_photo (dhash_3);
CREATE INDEX project_photo_dhash_4_idx ON project_photo (dhash_4);

-- Promised time limits per kind of application (admin-configurable; defaults from seed 000 (三)一 and the 核准 ceiling).
CREATE TABLE approval_kind_limit
(
  kind               VARCHAR(30) PRIMARY KEY,
  limit_value        INT         NOT NULL CHECK (limit_value > 0),
  limit_unit         VARCHAR(10) NOT NULL CHECK (limit_unit IN ('HOURS', 'DAYS')),
  max_extension_days INT         NOT NULL DEFAULT 0 CHECK (max_extension_days >= 0),
  version            INT         NOT NULL DEFAULT 0
);
INSERT INTO approval_kind_limit (kind, limit_value, limit_unit, max_extension_days) VALUES
  ('PROPOSAL', 12, 'HOURS', 0),
  ('FEASIBILITY', 3, 'DAYS', 0),
  ('ENERGY_REVIEW', 3, 'DAYS', 0),
  ('PRELIMINARY_DESIGN', 3, 'DAYS', 0),
  ('FILING', 8, 'HOURS', 0),
  ('APPROVAL', 20, 'DAYS', 40);

-- Applications. Business moments are Beijing local times (TIMESTAMP without zone), minutes precision.
CREATE TABLE approval_application
(
  id                      BIGSERIAL PRIMARY KEY,
  kind                    VARCHAR(30)  NOT NULL,
  status                  VARCHAR(20)  NOT NULL,
  applicant_name          VARCHAR(200) NOT NULL,
  applicant_credit_code   VARCHAR(18)  NOT NULL,
  project_code            VARCHAR(30)  NOT NULL,
  title                   VARCHAR(300) NOT NULL,
  region_code             VARCHAR(6)   NOT NULL,
  department              VARCHAR(100),
  received_at             TIMESTAMP    NOT NULL,
  received_by             VARCHAR(50)  NOT NULL,
  limit_value             INT,
  limit_unit              VARCHAR(10),
  limit_minutes           BIGINT,
  extension_days          INT          NOT NULL DEFAULT 0,
  extension_reason        TEXT,
  extended_by             VARCHAR(50),
  accepted_at             TIMESTAMP,
  accepted_by             VARCHAR(50),
  deadline                TIMESTAMP,
  deadline_provisional    BOOLEAN      NOT NULL DEFAULT FALSE,
  remaining_at_suspension BIGINT,
  credit_listed           BOOLEAN,
  credit_detail           TEXT,
  credit_checked_at       TIMESTAMP,
  override_by             VARCHAR(50),
  override_reason         TEXT,
  closed_at               TIMESTAMP,
  closed_by               VARCHAR(50),
  close_reason            TEXT,
  document_number         VARCHAR(100),
  used_minutes            BIGINT,
  on_time                 BOOLEAN,
  licence_id              BIGINT,
  created_at              TIMESTAMPTZ  NOT NULL DEFAULT now(),
  version                 INT          NOT NULL DEFAULT 0
);
CREATE INDEX approval_application_status_idx ON approval_application (status, kind);
CREATE INDEX approval_application_region_idx ON approval_application (region_code);
CREATE INDEX approval_application_received_idx ON approval_application (received_at);

-- 补正: the clock stops between started_at and ended_at.
CREATE TABLE approval_suspension
(
  id             BIGSERIAL PRIMARY KEY,
  application_id BIGINT      NOT NULL REFERENCES approval_application (id),
  started_at     TIMESTAMP   NOT NULL,
  started_by     VARCHAR(50) NOT NULL,
  reason         TEXT        NOT NULL,
  ended_at       TIMESTAMP,
  ended_by       VARCHAR(50)
);
CREATE INDEX approval_suspension_application_idx ON approval_suspension (application_id);

-- Uploaded documents live in the database: one backup covers them, and every instance behind the load balancer sees them.
CREATE TABLE approval_document
(
  id             BIGSERIAL PRIMARY KEY,
  application_id BIGINT       NOT NULL REFERENCES approval_application (id),
  file_name      VARCHAR(255) NOT NULL,
  content_type   VARCHAR(100) NOT NULL,
  size_bytes     BIGINT       NOT NULL,
  sha256         VARCHAR(64)  NOT NULL,
  content        BYTEA        NOT NULL,
  uploaded_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
  uploaded_by    VARCHAR(50)  NOT NULL
);
CREATE INDEX approval_document_application_idx ON approval_document (application_id);

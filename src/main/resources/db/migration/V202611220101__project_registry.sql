-- Key projects (重点项目): the project across its life, the yearly key-project lists, monthly progress.
CREATE TABLE project
(
  id                 BIGSERIAL PRIMARY KEY,
  code               VARCHAR(30)    NOT NULL UNIQUE,
  provisional_code   BOOLEAN        NOT NULL DEFAULT FALSE,
  name               VARCHAR(200)   NOT NULL,
  owner_unit         VARCHAR(200)   NOT NULL,
  owner_credit_code  VARCHAR(18),
  department         VARCHAR(100),
  leader             VARCHAR(50),
  region_code        VARCHAR(6)     NOT NULL REFERENCES region (code),
  industry_code      VARCHAR(4) REFERENCES industry (code),
  location           VARCHAR(200),
  scale_content      TEXT,
  start_month        DATE,
  end_month          DATE,
  total_investment   NUMERIC(16, 2) NOT NULL CHECK (total_investment >= 0),
  fund_central       NUMERIC(16, 2) NOT NULL DEFAULT 0,
  fund_special_bond  NUMERIC(16, 2) NOT NULL DEFAULT 0,
  fund_local         NUMERIC(16, 2) NOT NULL DEFAULT 0,
  fund_self          NUMERIC(16, 2) NOT NULL DEFAULT 0,
  fund_loan          NUMERIC(16, 2) NOT NULL DEFAULT 0,
  fund_other         NUMERIC(16, 2) NOT NULL DEFAULT 0,
  completed_before   NUMERIC(16, 2) NOT NULL DEFAULT 0,
  stage              VARCHAR(16)    NOT NULL,
  actual_start_date  DATE,
  registered         BOOLEAN        NOT NULL DEFAULT FALSE,
  registered_on      DATE,
  created_at         TIMESTAMPTZ    NOT NULL DEFAULT now(),
  updated_at         TIMESTAMPTZ    NOT NULL DEFAULT now(),
  version            INT            NOT NULL DEFAULT 0
);
CREATE INDEX project_region_idx ON project (region_code);
CREATE INDEX project_owner_idx ON project (owner_credit_code);
CREATE INDEX project_stage_idx ON project (stage);
CREATE INDEX project_industry_idx ON project (industry_code);

-- A project's place in one year's key-project list of one level, with its nature and planned investment.
CREATE TABLE project_plan
(
  id                  BIGSERIAL PRIMARY KEY,
  project_id          BIGINT         NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  year                INT            NOT NULL,
  level               VARCHAR(10)    NOT NULL,
  nature              VARCHAR(12)    NOT NULL,
  planned_investment  NUMERIC(16, 2) NOT NULL CHECK (planned_investment >= 0),
  CONSTRAINT project_plan_unique UNIQUE (project_id, year, level)
);
CREATE INDEX project_plan_year_level_idx ON project_plan (year, level, project_id);

-- Monthly progress (调度). A correction is a new version; exactly one version per month is current.
CREATE TABLE project_progress
(
  id                    BIGSERIAL PRIMARY KEY,
  project_id            BIGINT         NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  month                 DATE           NOT NULL,
  version               INT            NOT NULL,
  current               BOOLEAN        NOT NULL,
  completed_investment  NUMERIC(16, 2) NOT NULL CHECK (completed_investment >= 0),
  site_status           TEXT,
  problems              TEXT,
  reported_by           VARCHAR(50)    NOT NULL,
  reported_at           TIMESTAMPTZ    NOT NULL DEFAULT now(),
  CONSTRAINT project_progress_version_unique UNIQUE (project_id, month, version)
);
CREATE UNIQUE INDEX project_progress_current_idx ON project_progress (project_id, month) WHERE current;
CREATE INDEX project_progress_month_idx ON project_progress (month) WHERE current;

-- A staff member reopened a locked month for one project (audited); the month is open until open_until.
CREATE TABLE project_month_reopen
(
  project_id  BIGINT      NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  month       DATE        NOT NULL,
  open_until  DATE        NOT NULL,
  reopened_by VARCHAR(50) NOT NULL,
  reopened_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (project_id, month)
);

-- Every stage change and code replacement, for the project's history.
CREATE TABLE project_event
(
  id          BIGSERIAL PRIMARY KEY,
  project_id  BIGINT       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  kind        VARCHAR(20)  NOT NULL,
  happened_on DATE         NOT NULL,
  detail      TEXT         NOT NULL,
  actor       VARCHAR(50)  NOT NULL,
  at          TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX project_event_project_idx ON project_event (project_id, at);

-- Warning colour and year-to-date investment per project and ended month, maintained from the rules whenever a
-- fact changes: the summary table that lists and dashboards read.
CREATE TABLE project_warning
(
  project_id    BIGINT         NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  month         DATE           NOT NULL,
  colour        VARCHAR(6)     NOT NULL,
  reasons       TEXT           NOT NULL,
  year_to_date  NUMERIC(16, 2) NOT NULL,
  PRIMARY KEY (project_id, month)
);
CREATE INDEX project_warning_month_idx ON project_warning (month, colour, project_id);

-- Admin-configurable thresholds of the 红黄绿灯 rules (one row).
CREATE TABLE project_warning_settings
(
  id                       INT PRIMARY KEY CHECK (id = 1),
  yellow_gap_points        NUMERIC(5, 1) NOT NULL,
  red_gap_points           NUMERIC(5, 1) NOT NULL,
  late_start_red_months    INT           NOT NULL,
  unregistered_yellow_months INT         NOT NULL,
  unregistered_red_months  INT           NOT NULL,
  report_window_days       INT           NOT NULL
);
INSERT INTO project_warning_settings VALUES (1, 10, 30, 3, 1, 2, 5);

-- Blockers (问题) and the joint meeting (发改联席会) that decides them.
CREATE TABLE project_blocker
(
  id          BIGSERIAL PRIMARY KEY,
  project_id  BIGINT       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  category    VARCHAR(12)  NOT NULL,
  description TEXT         NOT NULL,
  department  VARCHAR(100) NOT NULL,
  raised_on   DATE         NOT NULL,
  deadline    DATE         NOT NULL,
  status      VARCHAR(12)  NOT NULL,
  resolution  TEXT,
  resolved_on DATE,
  raised_by   VARCHAR(50)  NOT NULL,
  version     INT          NOT NULL DEFAULT 0
);
CREATE INDEX project_blocker_project_idx ON project_blocker (project_id);
CREATE INDEX project_blocker_status_idx ON project_blocker (status, deadline);

CREATE TABLE joint_meeting
(
  id        BIGSERIAL PRIMARY KEY,
  title     VARCHAR(200) NOT NULL,
  held_on   DATE         NOT NULL,
  location  VARCHAR(200),
  chair     VARCHAR(50),
  region_code VARCHAR(6) NOT NULL REFERENCES region (code),
  created_by VARCHAR(50) NOT NULL,
  version   INT          NOT NULL DEFAULT 0
);

CREATE TABLE joint_meeting_item
(
  id               BIGSERIAL PRIMARY KEY,
  meeting_id       BIGINT       NOT NULL REFERENCES joint_meeting (id) ON DELETE CASCADE,
  blocker_id       BIGINT       NOT NULL REFERENCES project_blocker (id),
  decision         TEXT,
  owner_department VARCHAR(100),
  deadline         DATE,
  CONSTRAINT joint_meeting_item_unique UNIQUE (meeting_id, blocker_id)
);

CREATE SEQUENCE project_provisional_serial;

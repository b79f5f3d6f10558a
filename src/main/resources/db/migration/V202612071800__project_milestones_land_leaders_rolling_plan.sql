-- 前期手续: one milestone per project and kind (立项, 可研, 初设, 用地, 环评, 能评, 规划许可, 施工许可), with its document,
-- the approval application that filled it (if any) and the file, stored here so one backup holds it.
CREATE TABLE project_milestone
(
  id              BIGSERIAL PRIMARY KEY,
  project_id      BIGINT       NOT NULL REFERENCES project (id),
  kind            VARCHAR(30)  NOT NULL,
  document_number VARCHAR(100),
  approved_on     DATE         NOT NULL,
  authority       VARCHAR(100),
  application_id  BIGINT,
  approval_kind   VARCHAR(30),
  file_name       VARCHAR(200),
  content_type    VARCHAR(100),
  size_bytes      BIGINT,
  sha256          VARCHAR(64),
  content         BYTEA,
  recorded_by     VARCHAR(50)  NOT NULL,
  recorded_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
  UNIQUE (project_id, kind)
);

-- Which milestones a project of an investment type needs before it starts, in order (configurable data).
CREATE TABLE project_milestone_requirement
(
  investment_type VARCHAR(20) NOT NULL,
  kind            VARCHAR(30) NOT NULL,
  position        INT         NOT NULL,
  PRIMARY KEY (investment_type, kind)
);
INSERT INTO project_milestone_requirement (investment_type, kind, position) VALUES
  ('GOVERNMENT', 'PROPOSAL', 1), ('GOVERNMENT', 'FEASIBILITY', 2), ('GOVERNMENT', 'PRELIMINARY_DESIGN', 3),
  ('ENTERPRISE', 'PROPOSAL', 1);

-- 用地: a project's land (亩), its nature, approval document and 供地 status.
CREATE TABLE project_land
(
  project_id        BIGINT PRIMARY KEY REFERENCES project (id),
  area_mu           NUMERIC(14, 2) NOT NULL CHECK (area_mu >= 0),
  nature            VARCHAR(20)    NOT NULL,
  approval_document VARCHAR(100),
  supply_status     VARCHAR(20)    NOT NULL,
  updated_by        VARCHAR(50)    NOT NULL,
  updated_at        TIMESTAMPTZ    NOT NULL DEFAULT now()
);

-- 包保/挂点领导: the leaders (accounts) who answer for a project.
CREATE TABLE project_leader
(
  project_id  BIGINT      NOT NULL REFERENCES project (id),
  username    VARCHAR(50) NOT NULL,
  assigned_by VARCHAR(50) NOT NULL,
  assigned_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (project_id, username)
);
CREATE INDEX project_leader_username_idx ON project_leader (username);

-- 三年滚动投资计划: one edition per first year N, the planned investment of each library project for N, N+1, N+2 (万元).
CREATE TABLE project_rolling_plan
(
  edition    INT            NOT NULL,
  project_id BIGINT         NOT NULL REFERENCES project (id),
  amount_y0  NUMERIC(16, 2) NOT NULL DEFAULT 0 CHECK (amount_y0 >= 0),
  amount_y1  NUMERIC(16, 2) NOT NULL DEFAULT 0 CHECK (amount_y1 >= 0),
  amount_y2  NUMERIC(16, 2) NOT NULL DEFAULT 0 CHECK (amount_y2 >= 0),
  rolled     BOOLEAN        NOT NULL DEFAULT FALSE,
  updated_at TIMESTAMPTZ    NOT NULL DEFAULT now(),
  PRIMARY KEY (edition, project_id)
);
CREATE INDEX project_rolling_plan_project_idx ON project_rolling_plan (project_id);

-- 能耗双控, second part: 节能审查 of investment projects, on-site checks of reported figures, 节能目标责任考核.

-- The rules an administrator may change (one row): the review thresholds (国家发展改革委令2023年第2号), the opinion's
-- validity and the warning before it lapses, the on-site check tolerance, the scorecard's grade bands.
CREATE TABLE energy_rule
(
  id                 INT            PRIMARY KEY CHECK (id = 1),
  province_tce       NUMERIC(12, 2) NOT NULL CHECK (province_tce > 0),      -- ≥ → reviewed by the province
  exempt_tce         NUMERIC(12, 2) NOT NULL CHECK (exempt_tce > 0),        -- < and …
  exempt_wan_kwh     NUMERIC(12, 2) NOT NULL CHECK (exempt_wan_kwh > 0),    -- … < → no separate review
  validity_years     INT            NOT NULL CHECK (validity_years BETWEEN 1 AND 10),
  lapse_warning_days INT            NOT NULL CHECK (lapse_warning_days BETWEEN 0 AND 365),
  check_tolerance    NUMERIC(6, 2)  NOT NULL CHECK (check_tolerance >= 0),  -- % difference flagged above
  grade_exceeded     NUMERIC(6, 2)  NOT NULL,                               -- score ≥ → 超额完成
  grade_completed    NUMERIC(6, 2)  NOT NULL,                               -- ≥ → 完成
  grade_basic        NUMERIC(6, 2)  NOT NULL,                               -- ≥ → 基本完成, below → 未完成
  updated_at         TIMESTAMPTZ    NOT NULL DEFAULT now(),
  updated_by         VARCHAR(50)    NOT NULL DEFAULT 'system',
  CONSTRAINT energy_rule_bands CHECK (exempt_tce < province_tce AND grade_basic < grade_completed AND grade_completed < grade_exceeded)
);
INSERT INTO energy_rule (id, province_tce, exempt_tce, exempt_wan_kwh, validity_years, lapse_warning_days, check_tolerance,
                         grade_exceeded, grade_completed, grade_basic)
VALUES (1, 10000, 1000, 500, 2, 90, 5, 95, 80, 60);

-- A project's 节能审查: its figures from the 节能报告 (for a 改建 project the increase), the class they give (stored as
-- the rule computed it at filing), the flag raised at filing, the opinion and its lapse date, the start, 节能验收.
CREATE TABLE energy_review
(
  id              BIGSERIAL      PRIMARY KEY,
  project_code    VARCHAR(30)    NOT NULL,
  project_name    VARCHAR(200)   NOT NULL,
  region_code     VARCHAR(9)     NOT NULL,
  renovation      BOOLEAN        NOT NULL DEFAULT FALSE,
  annual_tce      NUMERIC(14, 2) NOT NULL CHECK (annual_tce >= 0),
  annual_wan_kwh  NUMERIC(14, 2) NOT NULL CHECK (annual_wan_kwh >= 0),
  review_class    VARCHAR(10)    NOT NULL CHECK (review_class IN ('PROVINCE', 'LOCAL', 'NONE')),
  filing_flag     VARCHAR(200),
  applied_on      DATE           NOT NULL,
  opinion_number  VARCHAR(60),
  opinion_on      DATE,
  lapses_on       DATE,
  started_on      DATE,
  accepted_on     DATE,
  acceptance_note VARCHAR(500),
  created_at      TIMESTAMPTZ    NOT NULL DEFAULT now(),
  created_by      VARCHAR(50)    NOT NULL,
  updated_at      TIMESTAMPTZ    NOT NULL DEFAULT now(),
  updated_by      VARCHAR(50)    NOT NULL
);
CREATE INDEX energy_review_project_idx ON energy_review (project_code);
CREATE INDEX energy_review_region_idx ON energy_review (region_code varchar_pattern_ops);

-- 实地能耗摸底核查: the checker's amounts of one reported month against the report, each difference in % of the
-- reported amount; a check with any difference above the tolerance goes on the 督办 loop as a finding.
CREATE TABLE energy_check
(
  id              BIGSERIAL      PRIMARY KEY,
  credit_code     VARCHAR(18)    NOT NULL,
  enterprise_name VARCHAR(200)   NOT NULL,
  region_code     VARCHAR(9)     NOT NULL,
  year            INT            NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  month           INT            NOT NULL CHECK (month BETWEEN 1 AND 12),
  checked_on      DATE           NOT NULL,
  checkers        VARCHAR(100)   NOT NULL,
  tolerance       NUMERIC(6, 2)  NOT NULL,
  reported_tce    NUMERIC(18, 4) NOT NULL,
  checked_tce     NUMERIC(18, 4) NOT NULL,
  difference      NUMERIC(10, 2),          -- % of the reported tce; null when nothing was reported
  flagged         BOOLEAN        NOT NULL,
  item_id         BIGINT,
  rectified_on    DATE,
  note            VARCHAR(1000),
  created_at      TIMESTAMPTZ    NOT NULL DEFAULT now(),
  created_by      VARCHAR(50)    NOT NULL
);
CREATE INDEX energy_check_region_idx ON energy_check (region_code varchar_pattern_ops, year);
CREATE INDEX energy_check_item_idx ON energy_check (item_id);

CREATE TABLE energy_check_line
(
  check_id   BIGINT         NOT NULL REFERENCES energy_check (id) ON DELETE CASCADE,
  type       VARCHAR(20)    NOT NULL REFERENCES energy_type (code),
  reported   NUMERIC(18, 4) NOT NULL,
  checked    NUMERIC(18, 4) NOT NULL CHECK (checked >= 0),
  difference NUMERIC(10, 2),
  flagged    BOOLEAN        NOT NULL,
  PRIMARY KEY (check_id, type)
);

-- The scorecard of 节能目标责任考核: indicators with weights (summing to 100), configurable.
CREATE TABLE energy_score_indicator
(
  code        VARCHAR(30)   PRIMARY KEY,
  name        VARCHAR(100)  NOT NULL,
  weight      NUMERIC(6, 2) NOT NULL CHECK (weight >= 0 AND weight <= 100),
  position    INT           NOT NULL,
  description VARCHAR(300)
);
INSERT INTO energy_score_indicator (code, name, weight, position, description) VALUES
  ('INTENSITY', '能耗强度降低目标完成情况', 40, 1, '按年度能耗强度降低目标完成率计分'),
  ('CARBON', '碳排放强度降低目标完成情况', 20, 2, '按年度二氧化碳排放强度降低目标完成率计分'),
  ('TOTAL', '能源消费总量控制情况', 20, 3, '纳入总量控制的能源消费量不超过年度控制目标'),
  ('TASKS', '节能重点工作任务落实情况', 20, 4, '节能审查、监察、重点用能单位管理、宣传培训等任务');

-- A year's check of one subject (town, department or key energy user): each indicator's score (0–100) with the weight
-- it had then, the weighted total and the grade computed when scored, published to the leaders.
CREATE TABLE energy_assessment
(
  id           BIGSERIAL     PRIMARY KEY,
  year         INT           NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  subject_type VARCHAR(12)   NOT NULL CHECK (subject_type IN ('REGION', 'DEPARTMENT', 'ENTERPRISE')),
  subject_code VARCHAR(18)   NOT NULL,
  subject_name VARCHAR(200)  NOT NULL,
  region_code  VARCHAR(9)    NOT NULL,
  total_score  NUMERIC(6, 2) NOT NULL,
  grade        VARCHAR(12)   NOT NULL CHECK (grade IN ('EXCEEDED', 'COMPLETED', 'BASIC', 'FAILED')),
  comment      VARCHAR(2000),
  published_on DATE,
  created_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
  created_by   VARCHAR(50)   NOT NULL,
  updated_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
  updated_by   VARCHAR(50)   NOT NULL,
  CONSTRAINT energy_assessment_key UNIQUE (year, subject_type, subject_code)
);

CREATE TABLE energy_assessment_score
(
  assessment_id  BIGINT        NOT NULL REFERENCES energy_assessment (id) ON DELETE CASCADE,
  indicator_code VARCHAR(30)   NOT NULL,
  indicator_name VARCHAR(100)  NOT NULL,
  weight         NUMERIC(6, 2) NOT NULL,
  score          NUMERIC(6, 2) NOT NULL CHECK (score >= 0 AND score <= 100),
  note           VARCHAR(500),
  PRIMARY KEY (assessment_id, indicator_code)
);

-- Five-year plans (五年规划纲要) with their indicators, and the yearly actuals of indicators not taken from economic
-- monitoring. The progress rule (path, status) lives in the code (planning PlanIndicator); nothing here restates it.
CREATE TABLE planning_plan
(
  id          BIGSERIAL    PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  region_code VARCHAR(6)   NOT NULL REFERENCES region (code),
  from_year   INT          NOT NULL,
  to_year     INT          NOT NULL,
  created_by  VARCHAR(50)  NOT NULL,
  created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
  CONSTRAINT planning_plan_years CHECK (from_year BETWEEN 2000 AND 2100 AND to_year BETWEEN from_year AND from_year + 9),
  CONSTRAINT planning_plan_name_unique UNIQUE (region_code, name)
);

-- One indicator of a plan: 约束性 (binding) or 预期性, its unit and direction, the base-year (from_year - 1) value and
-- the target: a target-year value (LEVEL), an average annual growth in percent (ANNUAL_GROWTH) or a change over the
-- plan in percent of the base (CUMULATIVE_CHANGE); the path to it (LINEAR by years elapsed, or COMPOUND); the source
-- of its actual: an economic-monitoring indicator code, or NULL when entered yearly.
CREATE TABLE planning_plan_indicator
(
  id               BIGSERIAL      PRIMARY KEY,
  plan_id          BIGINT         NOT NULL REFERENCES planning_plan (id) ON DELETE CASCADE,
  code             VARCHAR(40)    NOT NULL,
  name             VARCHAR(100)   NOT NULL,
  group_name       VARCHAR(50)    NOT NULL,
  seq              INT            NOT NULL DEFAULT 0,
  binding          BOOLEAN        NOT NULL,
  unit             VARCHAR(20)    NOT NULL,
  direction        VARCHAR(6)     NOT NULL,
  target_kind      VARCHAR(20)    NOT NULL,
  target           NUMERIC(20, 4) NOT NULL,
  path             VARCHAR(8)     NOT NULL,
  base_value       NUMERIC(20, 4) NOT NULL,
  source_indicator VARCHAR(40),
  CONSTRAINT planning_plan_indicator_code_unique UNIQUE (plan_id, code),
  CONSTRAINT planning_plan_indicator_direction_check CHECK (direction IN ('HIGHER', 'LOWER')),
  CONSTRAINT planning_plan_indicator_kind_check CHECK (target_kind IN ('LEVEL', 'ANNUAL_GROWTH', 'CUMULATIVE_CHANGE')),
  CONSTRAINT planning_plan_indicator_path_check CHECK (path IN ('LINEAR', 'COMPOUND'))
);

-- A yearly actual entered by staff: the year's value and/or its growth in percent (a growth chains a growth target).
CREATE TABLE planning_plan_actual
(
  indicator_id BIGINT         NOT NULL REFERENCES planning_plan_indicator (id) ON DELETE CASCADE,
  year         INT            NOT NULL,
  value        NUMERIC(20, 4),
  growth       NUMERIC(8, 2),
  updated_by   VARCHAR(50)    NOT NULL,
  updated_at   TIMESTAMPTZ    NOT NULL DEFAULT now(),
  PRIMARY KEY (indicator_id, year),
  CONSTRAINT planning_plan_actual_present CHECK (value IS NOT NULL OR growth IS NOT NULL)
);

-- The annual plan (国民经济和社会发展年度计划) of a region. Its targets for economic-monitoring indicators are not kept
-- here: they are the indicator module's targets (indicator_target), written through its API — one source of truth.
-- Other targets of the plan (not monitored monthly, e.g. 城镇调查失业率) are kept with their year-end actual.
CREATE TABLE planning_annual_plan
(
  id          BIGSERIAL    PRIMARY KEY,
  region_code VARCHAR(6)   NOT NULL REFERENCES region (code),
  year        INT          NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  title       VARCHAR(200) NOT NULL,
  summary     TEXT,
  created_by  VARCHAR(50)  NOT NULL,
  created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
  CONSTRAINT planning_annual_plan_unique UNIQUE (region_code, year)
);

CREATE TABLE planning_annual_target
(
  id         BIGSERIAL      PRIMARY KEY,
  plan_id    BIGINT         NOT NULL REFERENCES planning_annual_plan (id) ON DELETE CASCADE,
  seq        INT            NOT NULL DEFAULT 0,
  name       VARCHAR(100)   NOT NULL,
  unit       VARCHAR(20)    NOT NULL,
  direction  VARCHAR(6)     NOT NULL CHECK (direction IN ('HIGHER', 'LOWER')),
  target     NUMERIC(20, 4) NOT NULL,
  actual     NUMERIC(20, 4),
  CONSTRAINT planning_annual_target_unique UNIQUE (plan_id, name)
);

-- Special action plans (专项行动, e.g. 疏整促) with their indicators.
CREATE TABLE planning_action
(
  id          BIGSERIAL    PRIMARY KEY,
  region_code VARCHAR(6)   NOT NULL REFERENCES region (code),
  year        INT          NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  name        VARCHAR(200) NOT NULL,
  summary     TEXT,
  created_by  VARCHAR(50)  NOT NULL,
  created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
  CONSTRAINT planning_action_unique UNIQUE (region_code, year, name)
);

CREATE TABLE planning_action_indicator
(
  id        BIGSERIAL      PRIMARY KEY,
  action_id BIGINT         NOT NULL REFERENCES planning_action (id) ON DELETE CASCADE,
  seq       INT            NOT NULL DEFAULT 0,
  name      VARCHAR(100)   NOT NULL,
  unit      VARCHAR(20)    NOT NULL,
  direction VARCHAR(6)     NOT NULL CHECK (direction IN ('HIGHER', 'LOWER')),
  target    NUMERIC(20, 4) NOT NULL,
  actual    NUMERIC(20, 4),
  CONSTRAINT planning_action_indicator_unique UNIQUE (action_id, name)
);

-- A major task of an annual plan (owner ANNUAL) or a task of a special action (owner ACTION), put on the 督办 loop:
-- item_id is its supervision item; state, closed_on and on_time follow the item's ItemClosed/ItemCancelled events.
CREATE TABLE planning_task
(
  id          BIGSERIAL    PRIMARY KEY,
  owner_type  VARCHAR(6)   NOT NULL CHECK (owner_type IN ('ANNUAL', 'ACTION')),
  owner_id    BIGINT       NOT NULL,
  seq         INT          NOT NULL DEFAULT 0,
  title       VARCHAR(300) NOT NULL,
  item_id     BIGINT       NOT NULL UNIQUE,
  deadline    DATE         NOT NULL,
  state       VARCHAR(10)  NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'CLOSED', 'CANCELLED')),
  closed_on   DATE,
  on_time     BOOLEAN,
  result      TEXT,
  created_by  VARCHAR(50)  NOT NULL,
  created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX planning_task_owner_idx ON planning_task (owner_type, owner_id, seq);

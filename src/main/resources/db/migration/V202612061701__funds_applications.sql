-- 资金争取 applications: one project, one channel, one year; every step dated on funds_step.
CREATE TABLE funds_application
(
  id                   BIGSERIAL      PRIMARY KEY,
  channel              VARCHAR(20)    NOT NULL REFERENCES funds_channel (code),
  program              VARCHAR(30)    REFERENCES funds_program (code),
  year                 INT            NOT NULL,
  round_no             INT,
  project_code         VARCHAR(30)    NOT NULL,
  key_project          BOOLEAN        NOT NULL,
  project_name         VARCHAR(200)   NOT NULL,
  owner_unit           VARCHAR(200),
  owner_credit_code    VARCHAR(18),
  region_code          VARCHAR(6)     NOT NULL,
  sector               VARCHAR(30)    NOT NULL REFERENCES funds_sector (code),
  use_text             VARCHAR(500)   NOT NULL,
  cost_item            VARCHAR(100)   NOT NULL,
  total_investment     NUMERIC(16, 2) NOT NULL CHECK (total_investment > 0),
  requested            NUMERIC(16, 2) NOT NULL CHECK (requested > 0),
  local_matching       NUMERIC(16, 2) NOT NULL DEFAULT 0 CHECK (local_matching >= 0),
  as_capital           BOOLEAN        NOT NULL DEFAULT FALSE,
  expected_income      NUMERIC(16, 2),
  debt_service         NUMERIC(16, 2),
  plan_document        VARCHAR(200),
  finance_document     VARCHAR(200),
  legal_document       VARCHAR(200),
  land_document        VARCHAR(200),
  state                VARCHAR(20)    NOT NULL,
  declared_on          DATE,
  drc_passed_on        DATE,
  decided_on           DATE,
  approved_amount      NUMERIC(16, 2),
  refusal_reason       TEXT,
  allocated_amount     NUMERIC(16, 2),
  allocated_on         DATE,
  allocation_document  VARCHAR(200),
  disbursed_amount     NUMERIC(16, 2) NOT NULL DEFAULT 0,
  disbursed_on         DATE,
  spent_amount         NUMERIC(16, 2) NOT NULL DEFAULT 0,
  last_spent_month     DATE,
  completed_on         DATE,
  spending_colour      VARCHAR(6),
  spending_gap         NUMERIC(6, 1),
  idle                 BOOLEAN        NOT NULL DEFAULT FALSE,
  judged_month         DATE,
  created_by           VARCHAR(50)    NOT NULL,
  created_at           TIMESTAMPTZ    NOT NULL DEFAULT now(),
  version              INT            NOT NULL DEFAULT 0
);
CREATE INDEX funds_application_year_idx ON funds_application (year, channel, region_code);
CREATE INDEX funds_application_project_idx ON funds_application (project_code);
CREATE INDEX funds_application_list_idx ON funds_application (year DESC, id DESC);
CREATE INDEX funds_application_owner_idx ON funds_application (owner_credit_code);
CREATE INDEX funds_application_warning_idx ON funds_application (spending_colour) WHERE spending_colour IN ('YELLOW', 'RED');

-- The dated steps of an application's life, in order (申报, 发改审核, 财政审核, 下达, 拨付, 支出, 完成 …).
CREATE TABLE funds_step
(
  id              BIGSERIAL      PRIMARY KEY,
  application_id  BIGINT         NOT NULL REFERENCES funds_application (id) ON DELETE CASCADE,
  step            VARCHAR(20)    NOT NULL,
  on_date         DATE           NOT NULL,
  amount          NUMERIC(16, 2),
  document        VARCHAR(200),
  note            TEXT,
  actor           VARCHAR(50)    NOT NULL,
  recorded_at     TIMESTAMPTZ    NOT NULL DEFAULT now()
);
CREATE INDEX funds_step_application_idx ON funds_step (application_id, id);

-- Monthly spending (支出) of the funds that reached the project; one row per month, a correction replaces it.
CREATE TABLE funds_spending
(
  application_id  BIGINT         NOT NULL REFERENCES funds_application (id) ON DELETE CASCADE,
  month           DATE           NOT NULL,
  amount          NUMERIC(16, 2) NOT NULL CHECK (amount >= 0),
  reported_by     VARCHAR(50)    NOT NULL,
  reported_at     TIMESTAMPTZ    NOT NULL DEFAULT now(),
  PRIMARY KEY (application_id, month)
);

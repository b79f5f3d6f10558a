-- 守信激励对象 / 诚信典型 (the red list) beside the dishonesty list: who, on what source and document, for which period,
-- with which incentives (Incentive names). Removal keeps the row.
CREATE TABLE credit_red_list
(
  id              BIGSERIAL PRIMARY KEY,
  entity_name     VARCHAR(200)  NOT NULL,
  credit_code     VARCHAR(18)   NOT NULL,
  source          VARCHAR(100)  NOT NULL,
  source_document VARCHAR(300)  NOT NULL,
  incentives      VARCHAR(30)[] NOT NULL,
  valid_from      DATE          NOT NULL,
  valid_to        DATE          NOT NULL,
  created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
  created_by      VARCHAR(50)   NOT NULL,
  removed_at      TIMESTAMPTZ,
  removed_by      VARCHAR(50),
  removal_reason  TEXT,
  CONSTRAINT credit_red_list_period CHECK (valid_to >= valid_from)
);
CREATE INDEX credit_red_list_code_idx ON credit_red_list (credit_code);

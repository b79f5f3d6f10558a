-- 诉求: raised, routed on the 督办 loop, answered, return-visited (回访), reopened once (重办), closed.
-- The rule outcomes the rates count are stored by the aggregate: responded_in_time, resolved, satisfaction.
CREATE TABLE enterprise_demand
(
  id                BIGSERIAL     PRIMARY KEY,
  credit_code       VARCHAR(18)   NOT NULL REFERENCES enterprise (credit_code),
  region_code       VARCHAR(9)    NOT NULL,
  category          VARCHAR(20)   NOT NULL,
  content           TEXT          NOT NULL,
  raised_by         VARCHAR(100)  NOT NULL,
  channel           VARCHAR(10)   NOT NULL,
  visit_id          BIGINT        REFERENCES enterprise_visit (id),
  urgency           VARCHAR(10)   NOT NULL,
  state             VARCHAR(20)   NOT NULL,
  raised_on         DATE          NOT NULL,
  department_id     BIGINT,
  lead_person_id    BIGINT,
  working_days      INT,
  routed_on         DATE,
  deadline          DATE,
  item_id           BIGINT,
  signed_on         DATE,
  responded_in_time BOOLEAN,
  answer            TEXT,
  answered_on       DATE,
  reopened          BOOLEAN       NOT NULL DEFAULT FALSE,
  first_satisfaction VARCHAR(12),
  satisfaction      VARCHAR(12),
  resolved          BOOLEAN,
  satisfied         BOOLEAN,
  return_note       TEXT,
  return_visited_on DATE,
  closed_on         DATE,
  created_by        VARCHAR(50)   NOT NULL,
  version           INT           NOT NULL DEFAULT 0
);
CREATE INDEX enterprise_demand_code_idx ON enterprise_demand (credit_code);
CREATE INDEX enterprise_demand_state_idx ON enterprise_demand (state, region_code);
CREATE INDEX enterprise_demand_raised_idx ON enterprise_demand (raised_on);
CREATE INDEX enterprise_demand_item_idx ON enterprise_demand (item_id);

-- 督办: items on the one closure loop, their milestones and timeline, problem lists.
CREATE TABLE supervision_problem_list
(
  id         BIGSERIAL PRIMARY KEY,
  title      VARCHAR(200) NOT NULL,
  year       INT          NOT NULL,
  created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
  closed_on  DATE
);

CREATE TABLE supervision_problem
(
  id       BIGSERIAL PRIMARY KEY,
  list_id  BIGINT       NOT NULL REFERENCES supervision_problem_list (id),
  seq      INT          NOT NULL,
  title    VARCHAR(500) NOT NULL,
  CONSTRAINT supervision_problem_seq_unique UNIQUE (list_id, seq)
);

CREATE TABLE supervision_item
(
  id                 BIGSERIAL PRIMARY KEY,
  title              VARCHAR(300)  NOT NULL,
  content            VARCHAR(4000),
  source_type        VARCHAR(40)   NOT NULL,
  source_ref         VARCHAR(100),
  source_link        VARCHAR(300),
  year               INT           NOT NULL,
  area               INT,
  problem_id         BIGINT REFERENCES supervision_problem (id),
  lead_unit_id       BIGINT        NOT NULL,
  lead_person_id     BIGINT        NOT NULL,
  co_unit_ids        BIGINT[]      NOT NULL DEFAULT '{}',
  supervisor_id      BIGINT        NOT NULL,
  leader_id          BIGINT,
  region_code        VARCHAR(6)    NOT NULL,
  assigned_on        DATE          NOT NULL,
  working_days       INT,
  deadline           DATE          NOT NULL,
  state              VARCHAR(20)   NOT NULL,
  colour             VARCHAR(6)    NOT NULL,
  colour_reason      VARCHAR(200),
  signed_on          DATE,
  next_report_due    DATE,
  report_missed      BOOLEAN       NOT NULL DEFAULT FALSE,
  last_progress      VARCHAR(4000),
  result             VARCHAR(4000),
  evidence           VARCHAR(2000),
  closed_on          DATE,
  closed_on_time     BOOLEAN,
  extension_deadline DATE,
  extension_reason   VARCHAR(500),
  extension_by       BIGINT,
  escalated_on       DATE,
  created_by         VARCHAR(50)   NOT NULL,
  version            INT           NOT NULL DEFAULT 0
);
CREATE INDEX supervision_item_list_idx ON supervision_item (year, state, colour, deadline, id);
CREATE INDEX supervision_item_unit_idx ON supervision_item (lead_unit_id, deadline);
CREATE INDEX supervision_item_lead_idx ON supervision_item (lead_person_id, state);
CREATE INDEX supervision_item_supervisor_idx ON supervision_item (supervisor_id, state);
CREATE INDEX supervision_item_source_idx ON supervision_item (source_type, source_ref);
CREATE INDEX supervision_item_problem_idx ON supervision_item (problem_id);
CREATE INDEX supervision_item_open_idx ON supervision_item (deadline) WHERE state IN ('PENDING_SIGN', 'IN_PROGRESS', 'CLOSURE_REQUESTED');

CREATE TABLE supervision_milestone
(
  item_id BIGINT       NOT NULL REFERENCES supervision_item (id),
  seq     INT          NOT NULL,
  title   VARCHAR(200) NOT NULL,
  due_on  DATE         NOT NULL,
  done_on DATE,
  PRIMARY KEY (item_id, seq)
);

CREATE TABLE supervision_step
(
  id         BIGSERIAL PRIMARY KEY,
  item_id    BIGINT        NOT NULL REFERENCES supervision_item (id),
  at         TIMESTAMPTZ   NOT NULL,
  kind       VARCHAR(30)   NOT NULL,
  actor_id   BIGINT,
  actor_name VARCHAR(100)  NOT NULL,
  note       VARCHAR(4000)
);
CREATE INDEX supervision_step_item_idx ON supervision_step (item_id, id);

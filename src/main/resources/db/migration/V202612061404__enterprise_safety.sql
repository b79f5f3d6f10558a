-- 安全生产检查: monthly plans for a category of enterprises, inspections, hazards (隐患) with their 整改通知书,
-- rectification on the 督办 loop and the 回头看 follow-up checks.
CREATE TABLE safety_plan
(
  id          BIGSERIAL    PRIMARY KEY,
  month       DATE         NOT NULL,
  flag        VARCHAR(30)  NOT NULL,
  region_code VARCHAR(9)   NOT NULL,
  title       VARCHAR(200) NOT NULL,
  planned     INT          NOT NULL,
  created_by  VARCHAR(50)  NOT NULL,
  UNIQUE (month, flag, region_code)
);

CREATE TABLE safety_inspection
(
  id           BIGSERIAL    PRIMARY KEY,
  plan_id      BIGINT       REFERENCES safety_plan (id),
  credit_code  VARCHAR(18)  NOT NULL REFERENCES enterprise (credit_code),
  region_code  VARCHAR(9)   NOT NULL,
  inspected_on DATE         NOT NULL,
  inspectors   VARCHAR(200) NOT NULL,
  checklist    TEXT,
  notes        TEXT,
  created_by   VARCHAR(50)  NOT NULL,
  created_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX safety_inspection_plan_idx ON safety_inspection (plan_id);
CREATE INDEX safety_inspection_date_idx ON safety_inspection (inspected_on);

CREATE TABLE safety_hazard
(
  id                 BIGSERIAL    PRIMARY KEY,
  inspection_id      BIGINT       NOT NULL REFERENCES safety_inspection (id),
  credit_code        VARCHAR(18)  NOT NULL REFERENCES enterprise (credit_code),
  region_code        VARCHAR(9)   NOT NULL,
  description        TEXT         NOT NULL,
  level              VARCHAR(10)  NOT NULL,
  state              VARCHAR(20)  NOT NULL,
  found_on           DATE         NOT NULL,
  notice_number      VARCHAR(40)  UNIQUE,
  measures           TEXT,
  notice_working_days INT,
  notice_issued_on   DATE,
  deadline           DATE,
  item_id            BIGINT,
  rectification      TEXT,
  evidence           TEXT,
  rectified_on       DATE,
  closed_on          DATE,
  on_time            BOOLEAN,
  reopened_count     INT          NOT NULL DEFAULT 0,
  follow_up_due      BOOLEAN      NOT NULL DEFAULT FALSE,
  followed_up_on     DATE,
  follow_up_result   TEXT,
  version            INT          NOT NULL DEFAULT 0
);
CREATE INDEX safety_hazard_state_idx ON safety_hazard (state, region_code);
CREATE INDEX safety_hazard_item_idx ON safety_hazard (item_id);
CREATE INDEX safety_hazard_inspection_idx ON safety_hazard (inspection_id);

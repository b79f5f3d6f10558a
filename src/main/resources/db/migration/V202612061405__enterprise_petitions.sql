-- 信访 cases (《信访工作条例》): received, accepted or not within 15 days, answered within 60 days of acceptance,
-- extendable once by at most 30; the due dates are computed by the case and stored.
CREATE TABLE petition
(
  id              BIGSERIAL    PRIMARY KEY,
  petitioner      VARCHAR(100) NOT NULL,
  credit_code     VARCHAR(18)  REFERENCES enterprise (credit_code),
  region_code     VARCHAR(9)   NOT NULL,
  content         TEXT         NOT NULL,
  state           VARCHAR(20)  NOT NULL,
  received_on     DATE         NOT NULL,
  accept_due      DATE         NOT NULL,
  accepted_on     DATE,
  refusal_reason  TEXT,
  answer_due      DATE,
  extension_days  INT,
  extension_reason TEXT,
  answered_on     DATE,
  answer          TEXT,
  item_id         BIGINT,
  created_by      VARCHAR(50)  NOT NULL,
  version         INT          NOT NULL DEFAULT 0
);
CREATE INDEX petition_state_idx ON petition (state, region_code);
CREATE INDEX petition_item_idx ON petition (item_id);

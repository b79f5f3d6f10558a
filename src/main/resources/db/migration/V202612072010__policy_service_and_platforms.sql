-- 政策兑现: policies with their conditions, applications from enterprise accounts through review, decision and payment,
-- and the officers' pushes (主动推送). 创新平台储备: platforms from 储备 to 评估 with their evaluation dates.
CREATE TABLE policy
(
  id                BIGSERIAL PRIMARY KEY,
  name              VARCHAR(200)   NOT NULL,
  issuer            VARCHAR(100)   NOT NULL,
  document_number   VARCHAR(100),
  region_code       VARCHAR(6)     NOT NULL REFERENCES region (code),
  year              INT            NOT NULL,
  industries        VARCHAR(200)   NOT NULL DEFAULT '',
  sizes             VARCHAR(50)    NOT NULL DEFAULT '',
  flags             VARCHAR(200)   NOT NULL DEFAULT '',
  no_application    BOOLEAN        NOT NULL DEFAULT FALSE,
  max_amount        NUMERIC(16, 2) NOT NULL CHECK (max_amount >= 0),
  valid_from        DATE           NOT NULL,
  valid_to          DATE           NOT NULL,
  description       VARCHAR(2000),
  created_by        VARCHAR(50)    NOT NULL,
  created_at        TIMESTAMPTZ    NOT NULL DEFAULT now(),
  CONSTRAINT policy_validity CHECK (valid_to >= valid_from)
);
CREATE INDEX policy_year_idx ON policy (year DESC, id DESC);

CREATE TABLE policy_application
(
  id              BIGSERIAL PRIMARY KEY,
  policy_id       BIGINT         NOT NULL REFERENCES policy (id),
  credit_code     VARCHAR(18)    NOT NULL,
  enterprise_name VARCHAR(200)   NOT NULL,
  year            INT            NOT NULL,
  requested       NUMERIC(16, 2) NOT NULL CHECK (requested >= 0),
  state           VARCHAR(10)    NOT NULL CHECK (state IN ('APPLIED', 'PASSED', 'REFUSED', 'GRANTED', 'PAID')),
  automatic       BOOLEAN        NOT NULL DEFAULT FALSE,
  granted         NUMERIC(16, 2) CHECK (granted >= 0),
  paid            NUMERIC(16, 2) CHECK (paid >= 0),
  applied_on      DATE           NOT NULL,
  reviewed_on     DATE,
  decided_on      DATE,
  paid_on         DATE,
  reason          VARCHAR(500),
  created_by      VARCHAR(50)    NOT NULL,
  CONSTRAINT policy_application_once UNIQUE (policy_id, credit_code)
);
CREATE INDEX policy_application_code_idx ON policy_application (credit_code);

CREATE TABLE policy_push
(
  policy_id   BIGINT      NOT NULL REFERENCES policy (id),
  credit_code VARCHAR(18) NOT NULL,
  pushed_on   DATE        NOT NULL,
  pushed_by   VARCHAR(50) NOT NULL,
  PRIMARY KEY (policy_id, credit_code)
);

CREATE TABLE innovation_platform
(
  id                 BIGSERIAL PRIMARY KEY,
  name               VARCHAR(200) NOT NULL,
  kind               VARCHAR(30)  NOT NULL,
  level              VARCHAR(12)  NOT NULL CHECK (level IN ('NATIONAL', 'PROVINCIAL', 'CITY')),
  field              VARCHAR(100) NOT NULL,
  credit_code        VARCHAR(18)  NOT NULL,
  enterprise_name    VARCHAR(200) NOT NULL,
  region_code        VARCHAR(9)   NOT NULL,
  status             VARCHAR(12)  NOT NULL CHECK (status IN ('RESERVE', 'DECLARED', 'RECOGNISED', 'EVALUATED')),
  recognised_on      DATE,
  next_evaluation_on DATE,
  note               VARCHAR(500),
  updated_on         DATE         NOT NULL
);
CREATE INDEX innovation_platform_evaluation_idx ON innovation_platform (next_evaluation_on);

CREATE TABLE innovation_platform_step
(
  id          BIGSERIAL PRIMARY KEY,
  platform_id BIGINT       NOT NULL REFERENCES innovation_platform (id),
  status      VARCHAR(12)  NOT NULL,
  on_date     DATE         NOT NULL,
  note        VARCHAR(500),
  done_by     VARCHAR(50)  NOT NULL
);
CREATE INDEX innovation_platform_step_idx ON innovation_platform_step (platform_id, id);

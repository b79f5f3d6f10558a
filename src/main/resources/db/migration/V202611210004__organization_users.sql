CREATE TABLE department
(
  id          BIGSERIAL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  region_code VARCHAR(6)   NOT NULL REFERENCES region (code),
  sort_order  INT          NOT NULL DEFAULT 0,
  enabled     BOOLEAN      NOT NULL DEFAULT TRUE,
  version     INT          NOT NULL DEFAULT 0,
  CONSTRAINT department_name_unique UNIQUE (region_code, name)
);

CREATE TABLE app_user
(
  id                  BIGSERIAL PRIMARY KEY,
  username            VARCHAR(50)  NOT NULL UNIQUE,
  display_name        VARCHAR(100) NOT NULL,
  password_hash       VARCHAR(100) NOT NULL,
  role                VARCHAR(20)  NOT NULL,
  department_id       BIGINT REFERENCES department (id),
  region_code         VARCHAR(6)   NOT NULL REFERENCES region (code),
  owner_unit          VARCHAR(200),
  owner_credit_code   VARCHAR(18),
  enabled             BOOLEAN      NOT NULL DEFAULT TRUE,
  failed_attempts     INT          NOT NULL DEFAULT 0,
  locked_until        TIMESTAMPTZ,
  password_changed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
  created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
  version             INT          NOT NULL DEFAULT 0
);
CREATE INDEX app_user_region_idx ON app_user (region_code);

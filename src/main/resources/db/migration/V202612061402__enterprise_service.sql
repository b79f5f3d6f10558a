-- 服务包: a key enterprise's 包联领导, 服务管家, policies and visit plan; 走访 (visits) with photos.
CREATE TABLE service_package
(
  id                 BIGSERIAL     PRIMARY KEY,
  credit_code        VARCHAR(18)   NOT NULL UNIQUE REFERENCES enterprise (credit_code),
  leader_id          BIGINT        NOT NULL REFERENCES app_user (id),
  staff_id           BIGINT        NOT NULL REFERENCES app_user (id),
  policies           TEXT,
  visits_per_quarter INT           NOT NULL DEFAULT 1,
  created_at         TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX service_package_staff_idx ON service_package (staff_id);
CREATE INDEX service_package_leader_idx ON service_package (leader_id);

CREATE TABLE enterprise_visit
(
  id          BIGSERIAL    PRIMARY KEY,
  credit_code VARCHAR(18)  NOT NULL REFERENCES enterprise (credit_code),
  visited_on  DATE         NOT NULL,
  visitors    VARCHAR(200) NOT NULL,
  met_with    VARCHAR(200),
  discussed   TEXT,
  created_by  VARCHAR(50)  NOT NULL,
  created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX enterprise_visit_code_date_idx ON enterprise_visit (credit_code, visited_on);
CREATE INDEX enterprise_visit_date_idx ON enterprise_visit (visited_on, credit_code);

CREATE TABLE enterprise_photo
(
  id           BIGSERIAL   PRIMARY KEY,
  owner_type   VARCHAR(10) NOT NULL,
  owner_id     BIGINT      NOT NULL,
  file_name    VARCHAR(200),
  content_type VARCHAR(50) NOT NULL,
  data         BYTEA       NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX enterprise_photo_owner_idx ON enterprise_photo (owner_type, owner_id);

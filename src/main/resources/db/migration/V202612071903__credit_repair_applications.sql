-- Online credit repair (令第58号): an enterprise applies to end a penalty's publication after its minimum period, with
-- its materials and a signed credit commitment; staff decide within a limit of working days (due_date stored from the
-- official calendar). A granted application repairs the penalty (credit_penalty.repaired_at, cf_gsjzq).
CREATE TABLE credit_repair_application
(
  id              BIGSERIAL PRIMARY KEY,
  penalty_id      BIGINT        NOT NULL REFERENCES credit_penalty (id),
  credit_code     VARCHAR(18)   NOT NULL,
  region_code     VARCHAR(6)    NOT NULL,
  reason          TEXT          NOT NULL,
  commitment      TEXT          NOT NULL,
  status          VARCHAR(10)   NOT NULL CHECK (status IN ('SUBMITTED', 'GRANTED', 'REFUSED')),
  submitted_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
  submitted_by    VARCHAR(50)   NOT NULL,
  due_date        DATE          NOT NULL,
  decided_at      TIMESTAMPTZ,
  decided_by      VARCHAR(50),
  decision_reason TEXT
);
CREATE INDEX credit_repair_application_open_idx ON credit_repair_application (due_date) WHERE status = 'SUBMITTED';
CREATE INDEX credit_repair_application_code_idx ON credit_repair_application (credit_code);
CREATE UNIQUE INDEX credit_repair_application_one_open ON credit_repair_application (penalty_id) WHERE status = 'SUBMITTED';

CREATE TABLE credit_repair_material
(
  id             BIGSERIAL PRIMARY KEY,
  application_id BIGINT       NOT NULL REFERENCES credit_repair_application (id),
  file_name      VARCHAR(200) NOT NULL,
  content_type   VARCHAR(100) NOT NULL,
  size_bytes     BIGINT       NOT NULL,
  content        BYTEA        NOT NULL,
  uploaded_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX credit_repair_material_application_idx ON credit_repair_material (application_id);

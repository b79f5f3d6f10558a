-- 信用承诺: the commitments applicants sign with an application (告知承诺 / 容缺受理), as approval reports them;
-- a breached one stays on the enterprise's credit file. Status OPEN → KEPT or BREACHED.
CREATE TABLE credit_commitment
(
  id             BIGSERIAL PRIMARY KEY,
  application_id BIGINT       NOT NULL,
  credit_code    VARCHAR(18)  NOT NULL,
  party_name     VARCHAR(200) NOT NULL,
  content        TEXT         NOT NULL,
  made_on        DATE         NOT NULL,
  promised_by    DATE         NOT NULL,
  status         VARCHAR(10)  NOT NULL CHECK (status IN ('OPEN', 'KEPT', 'BREACHED')),
  settled_on     DATE,
  note           TEXT,
  created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
  CONSTRAINT credit_commitment_one_per_application UNIQUE (application_id)
);
CREATE INDEX credit_commitment_code_idx ON credit_commitment (credit_code);

-- 企业信用报告: each generated report's verification code, what it stated (counts) and the file's fingerprint, so the
-- public page can confirm a report is genuine without showing its content.
CREATE TABLE credit_report
(
  verification_code VARCHAR(16)  PRIMARY KEY,
  credit_code       VARCHAR(18)  NOT NULL,
  entity_name       VARCHAR(200) NOT NULL,
  generated_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
  generated_by      VARCHAR(50)  NOT NULL,
  summary           VARCHAR(500) NOT NULL,
  sha256            VARCHAR(64)  NOT NULL
);
CREATE INDEX credit_report_code_idx ON credit_report (credit_code);

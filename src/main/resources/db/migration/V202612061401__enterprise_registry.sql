-- 企业库: one row per enterprise, keyed by its unified social credit code (GB 32100), placed down to its town.
CREATE TABLE enterprise
(
  credit_code          VARCHAR(18)   PRIMARY KEY,
  name                 VARCHAR(200)  NOT NULL,
  legal_representative VARCHAR(50),
  region_code          VARCHAR(9)    NOT NULL REFERENCES region (code),
  industry_code        VARCHAR(5),
  address              VARCHAR(300),
  contact_person       VARCHAR(50),
  contact_phone        VARCHAR(30),
  size                 VARCHAR(10),
  revenue              NUMERIC(16, 2),
  revenue_year         INT,
  created_at           TIMESTAMPTZ   NOT NULL DEFAULT now(),
  updated_at           TIMESTAMPTZ   NOT NULL DEFAULT now(),
  search_text          TEXT GENERATED ALWAYS AS (lower(credit_code || ' ' || name)) STORED
);
CREATE INDEX enterprise_region_idx ON enterprise (region_code varchar_pattern_ops);
CREATE INDEX enterprise_industry_idx ON enterprise (industry_code varchar_pattern_ops);
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX enterprise_search_trgm_idx ON enterprise USING gin (search_text gin_trgm_ops);

-- Flags with their year (规上工业 2023, 专精特新 2024 …); the scale flags are computed by the thresholds rule on save.
CREATE TABLE enterprise_flag
(
  credit_code VARCHAR(18) NOT NULL REFERENCES enterprise (credit_code) ON DELETE CASCADE,
  flag        VARCHAR(30) NOT NULL,
  year        INT         NOT NULL,
  PRIMARY KEY (credit_code, flag, year)
);
CREATE INDEX enterprise_flag_flag_idx ON enterprise_flag (flag, year);

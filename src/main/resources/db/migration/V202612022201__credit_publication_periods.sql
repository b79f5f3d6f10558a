-- 国家发展改革委令2023年第58号: a penalty is public from its decision date until its maximum period (3 years) and may be
-- ended by credit repair only after its field's minimum. The periods per field live here so that an administrator can
-- set the period a law prescribes; these rows are the national defaults.
CREATE TABLE credit_publication_period
(
  category       VARCHAR(30)  PRIMARY KEY,
  minimum_months INT          NOT NULL,
  maximum_months INT          NOT NULL,
  legal_basis    VARCHAR(300) NOT NULL,
  updated_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
  updated_by     VARCHAR(50)  NOT NULL,
  CONSTRAINT credit_publication_period_range CHECK (minimum_months >= 0 AND maximum_months >= minimum_months
    AND maximum_months <= 1200)
);
INSERT INTO credit_publication_period (category, minimum_months, maximum_months, legal_basis, updated_by) VALUES
  ('GENERAL',           3, 36, '国家发展改革委令2023年第58号', 'flyway'),
  ('FOOD',             12, 36, '国家发展改革委令2023年第58号', 'flyway'),
  ('DRUG',             12, 36, '国家发展改革委令2023年第58号', 'flyway'),
  ('SPECIAL_EQUIPMENT',12, 36, '国家发展改革委令2023年第58号', 'flyway'),
  ('SAFETY_PRODUCTION',12, 36, '国家发展改革委令2023年第58号', 'flyway'),
  ('FIRE',             12, 36, '国家发展改革委令2023年第58号', 'flyway');

-- A decision may touch several fields (the longest periods govern); the periods that governed are kept on the row, and
-- the credit repair names who granted it. repairable_from is the first day credit repair may end publication.
ALTER TABLE credit_penalty
  ADD COLUMN additional_categories      VARCHAR(30)[] NOT NULL DEFAULT '{}',
  ADD COLUMN publication_minimum_months INT,
  ADD COLUMN publication_maximum_months INT,
  ADD COLUMN repair_granted_by          VARCHAR(200);
ALTER TABLE credit_penalty RENAME COLUMN min_publication_end TO repairable_from;
CREATE INDEX credit_penalty_public_idx ON credit_penalty (cf_gsjzq) WHERE published_at IS NOT NULL;

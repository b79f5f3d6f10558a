-- 信用承诺 with a 容缺受理: the commitment the applicant signed (its text), and whether it was breached (a material
-- supplied after the promised date), so the breach is reported to credit once.
ALTER TABLE approval_application
  ADD COLUMN commitment_text     TEXT,
  ADD COLUMN commitment_breached BOOLEAN NOT NULL DEFAULT FALSE;

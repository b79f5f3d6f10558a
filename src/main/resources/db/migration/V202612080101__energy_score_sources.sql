-- A scorecard indicator may have a data source the platform scores it from (its suggestion); the assessor may
-- override a suggested score only with a reason, both kept with the score.
ALTER TABLE energy_score_indicator ADD COLUMN source VARCHAR(20)
  CHECK (source IN ('INTENSITY_DECLINE', 'CO2_DECLINE', 'TOTAL_CAP', 'CHECKS_DONE', 'REVIEWS_ON_TIME'));
UPDATE energy_score_indicator SET source = 'INTENSITY_DECLINE' WHERE code = 'INTENSITY';
UPDATE energy_score_indicator SET source = 'CO2_DECLINE' WHERE code = 'CARBON';
UPDATE energy_score_indicator SET source = 'TOTAL_CAP' WHERE code = 'TOTAL';

ALTER TABLE energy_assessment_score ADD COLUMN suggested NUMERIC(6, 2) CHECK (suggested >= 0 AND suggested <= 100);
ALTER TABLE energy_assessment_score ADD COLUMN override_reason VARCHAR(500);

-- An administrator adds, edits and retires scorecard indicators; a retired one leaves the scorecard but stays in the past
-- assessments that used it (they keep its name and weight with each score), so its row is kept, marked retired.
ALTER TABLE energy_score_indicator ADD COLUMN retired_on DATE;
ALTER TABLE energy_score_indicator ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();
ALTER TABLE energy_score_indicator ADD COLUMN updated_by VARCHAR(50) NOT NULL DEFAULT 'system';

-- The statistics bureau publishes 同比 of GDP, 规上工业增加值, 固定资产投资 (and 建安投资, 工业投资) and 社零 on a
-- comparable basis (可比价/可比口径): it is imported with the value, never derived from two levels.
UPDATE indicator SET growth_source = 'REPORTED' WHERE code IN ('GDP', 'IND_VA', 'FAI', 'FAI_CONSTR', 'FAI_INDUSTRY', 'RETAIL');

-- Whether a reported growth may be checked against the growth of the two levels (the 2-point mismatch flag). Not for
-- comparable-basis growth, which differs from the levels' ratio by design.
ALTER TABLE indicator ADD COLUMN level_comparable BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE indicator SET level_comparable = (growth_source = 'COMPUTED');

-- Targets are read per region and year (目标设定 page, overview, ranking); the primary key leads with the indicator.
CREATE INDEX indicator_target_region_idx ON indicator_target (region_code, year);

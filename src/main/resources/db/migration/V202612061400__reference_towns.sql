-- Towns (乡镇街道) extend the region tree below the county with the 9-digit statistics division codes
-- (统计用区划代码, first 9 of 12 digits); level TOWN, parent its county. Widening a VARCHAR rewrites nothing.
ALTER TABLE region ALTER COLUMN code TYPE VARCHAR(9);
ALTER TABLE region ALTER COLUMN parent_code TYPE VARCHAR(9);
CREATE INDEX region_level_code_idx ON region (level, code);

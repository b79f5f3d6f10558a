-- The key-project list counts and filters list entries (project_plan rows). Filtering by colour and stage joined every
-- entry of the year to its project and its warning row (a hash join over the whole year, 100-170 ms at 100,000
-- projects): the entry now keeps what the list filters by, so one index answers the count.
--   stage, region_code: the project's own, kept by triggers on every write of either (and filled on insert);
--   colour, colour_month: the entry's colour in the month its year's list shows (the year's last ended month, December
--   for a past year), written by the warning refresh with the warning rows; a colour of another month is not the list's.
ALTER TABLE project_plan ADD COLUMN stage VARCHAR(16), ADD COLUMN region_code VARCHAR(6), ADD COLUMN colour VARCHAR(6),
  ADD COLUMN colour_month DATE;

UPDATE project_plan pl SET stage = p.stage, region_code = p.region_code FROM project p WHERE p.id = pl.project_id;
UPDATE project_plan pl SET colour = w.colour, colour_month = w.month
FROM project_warning w
WHERE w.project_id = pl.project_id
  AND w.month = least(make_date(pl.year, 12, 1),
                      (date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') - interval '1 month')::date);
ALTER TABLE project_plan ALTER COLUMN stage SET NOT NULL, ALTER COLUMN region_code SET NOT NULL;

CREATE FUNCTION project_plan_take_project() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT p.stage, p.region_code INTO NEW.stage, NEW.region_code FROM project p WHERE p.id = NEW.project_id;
  RETURN NEW;
END $$;
CREATE TRIGGER project_plan_takes_project BEFORE INSERT ON project_plan
  FOR EACH ROW WHEN (NEW.stage IS NULL OR NEW.region_code IS NULL) EXECUTE FUNCTION project_plan_take_project();

CREATE FUNCTION project_plan_follow_project() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE project_plan SET stage = NEW.stage, region_code = NEW.region_code
  WHERE project_id = NEW.id AND (stage IS DISTINCT FROM NEW.stage OR region_code IS DISTINCT FROM NEW.region_code);
  RETURN NULL;
END $$;
CREATE TRIGGER project_plan_follows_project AFTER UPDATE OF stage, region_code ON project
  FOR EACH ROW WHEN (OLD.stage IS DISTINCT FROM NEW.stage OR OLD.region_code IS DISTINCT FROM NEW.region_code)
  EXECUTE FUNCTION project_plan_follow_project();

-- The list's count by year, colour and stage (and level, nature, region) read from this index alone.
CREATE INDEX project_plan_list_idx ON project_plan (year, colour, stage) INCLUDE (colour_month, level, nature, region_code, project_id);
-- Index-only counts need the visibility map: a report rewrites a few thousand entries' colours, so vacuum the table
-- after 2% of its rows changed rather than the default 20%.
ALTER TABLE project_plan SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);

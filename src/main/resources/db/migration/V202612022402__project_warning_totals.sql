-- project_warning keeps the stage and region the colour was judged on, so one index serves a list filtered by colour
-- and stage together, and the per-month, per-region totals below are sums of it.
ALTER TABLE project_warning ADD COLUMN stage VARCHAR(16), ADD COLUMN region_code VARCHAR(6);
UPDATE project_warning w SET stage = p.stage, region_code = p.region_code FROM project p WHERE p.id = w.project_id;
ALTER TABLE project_warning ALTER COLUMN stage SET NOT NULL, ALTER COLUMN region_code SET NOT NULL;
CREATE INDEX project_warning_colour_stage_idx ON project_warning (month, colour, stage, project_id);
CREATE INDEX project_warning_region_idx ON project_warning (month, region_code);

-- The dashboard's month-by-month and per-region figures, maintained with project_warning (every report, stage change,
-- 入库, threshold change and the nightly run): per ended month, region and list level, the listed projects, their
-- planned investment and year-to-date completion. Level 'ANY' counts each project once, whatever lists it is on.
CREATE TABLE project_month_total
(
  month        DATE           NOT NULL,
  level        VARCHAR(10)    NOT NULL,
  region_code  VARCHAR(6)     NOT NULL,
  projects     INT            NOT NULL,
  planned      NUMERIC(18, 2) NOT NULL,
  year_to_date NUMERIC(18, 2) NOT NULL,
  PRIMARY KEY (month, level, region_code)
);
INSERT INTO project_month_total (month, level, region_code, projects, planned, year_to_date)
SELECT w.month, pl.level, w.region_code, count(*), sum(pl.planned_investment), sum(w.year_to_date)
FROM project_warning w JOIN project_plan pl ON pl.project_id = w.project_id AND pl.year = extract(year FROM w.month)
GROUP BY 1, 2, 3
UNION ALL
SELECT w.month, 'ANY', w.region_code, count(*), 0, sum(w.year_to_date) FROM project_warning w GROUP BY 1, 3;

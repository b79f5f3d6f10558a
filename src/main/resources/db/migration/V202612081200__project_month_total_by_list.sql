-- The dashboard's list figures (pipeline by nature and stage, industry sections, colours, 入库) join the year's list to
-- projects, industries and the month's warnings: ~300 ms at 100,000 projects. project_month_total now keeps them per
-- month, level and region, split by nature, stage, industry section and colour, maintained with project_warning like
-- the month and region figures it already held. Level 'ANY' rows (each project once) keep '-' in the new columns.
ALTER TABLE project_month_total
  ADD COLUMN nature           VARCHAR(12)    NOT NULL DEFAULT '-',
  ADD COLUMN stage            VARCHAR(16)    NOT NULL DEFAULT '-',
  ADD COLUMN section          VARCHAR(1)     NOT NULL DEFAULT '-',
  ADD COLUMN colour           VARCHAR(6)     NOT NULL DEFAULT '-',
  ADD COLUMN total_investment NUMERIC(20, 2) NOT NULL DEFAULT 0,
  ADD COLUMN registered       INT            NOT NULL DEFAULT 0;
ALTER TABLE project_month_total DROP CONSTRAINT project_month_total_pkey;
ALTER TABLE project_month_total ALTER COLUMN planned TYPE NUMERIC(20, 2), ALTER COLUMN year_to_date TYPE NUMERIC(20, 2);
DELETE FROM project_month_total;
ALTER TABLE project_month_total ADD PRIMARY KEY (month, level, region_code, nature, stage, section, colour);

INSERT INTO project_month_total (month, level, region_code, nature, stage, section, colour, projects, planned, year_to_date,
                                 total_investment, registered)
SELECT w.month, pl.level, w.region_code, pl.nature, w.stage, coalesce(i.section, '-'), w.colour, count(*),
       sum(pl.planned_investment), sum(w.year_to_date), sum(p.total_investment),
       count(*) FILTER (WHERE p.registered AND p.registered_on < w.month + interval '1 month')
FROM project_warning w JOIN project_plan pl ON pl.project_id = w.project_id AND pl.year = extract(year FROM w.month)
JOIN project p ON p.id = w.project_id LEFT JOIN industry i ON i.code = p.industry_code
GROUP BY 1, 2, 3, 4, 5, 6, 7
UNION ALL
SELECT w.month, 'ANY', w.region_code, '-', '-', '-', '-', count(*), 0, sum(w.year_to_date), 0, 0
FROM project_warning w GROUP BY 1, 3;

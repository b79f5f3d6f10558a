-- Let a sorted list page walk an index and stop after one page instead of sorting the whole year's list.
CREATE INDEX project_plan_year_planned_idx ON project_plan (year, planned_investment DESC);
CREATE INDEX project_total_idx ON project (total_investment DESC);

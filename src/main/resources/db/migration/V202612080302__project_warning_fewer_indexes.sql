-- (month, colour, project_id) is a prefix of project_warning_colour_stage_idx (month, colour, stage, project_id), which
-- answers the same month and colour look-ups; one index less to maintain for every warning row a refresh writes.
DROP INDEX IF EXISTS project_warning_month_idx;

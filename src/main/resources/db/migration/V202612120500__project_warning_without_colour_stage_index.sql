-- project_warning_colour_stage_idx (month, colour, stage, project_id) served the key-project list's count by colour and
-- stage; the list entries keep their colour and stage since V202612112000 and the list counts them from
-- project_plan_list_idx. The other readers take a project's row by the primary key (project_id, month) or a month's rows
-- by project_warning_region_idx (month, region_code); a month's colour counts (the home page's alerts) read its rows
-- through that one. Each warning row a refresh writes (600,000 for an import of 50,000 new projects, 12 months each)
-- paid for an entry in this index: about a third of the COPY's time.
DROP INDEX IF EXISTS project_warning_colour_stage_idx;

-- project_warning_region_idx (month, region_code) served the month totals' rebuild of a region; the rebuild now reaches
-- a region's rows through its projects (project_region_idx, then the primary key (project_id, month)), since a row keeps
-- its project's current region (a region change judges every listed year again). The other readers take a project's rows
-- by the primary key or a month's rows in a whole-year pass. Each warning row a bulk import writes (600,000 for 50,000
-- new projects) paid for an entry here: in a scratch PostgreSQL the COPY took 3.5-4.8 s with it, 2.1-2.6 s without.
DROP INDEX IF EXISTS project_warning_region_idx;

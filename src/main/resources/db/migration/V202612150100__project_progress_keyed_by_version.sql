-- A version is found by its project, month and version (or, the current one, by project_progress_current_idx), never by
-- its id: the key of the three becomes the primary key and the id's own index goes. Every version the write path stores
-- and every one it retires (a non-HOT update: current is in the partial indexes' predicates) wrote an entry into it; the
-- retiring UPDATE now finds its rows by ctid. The id column stays, numbered as before.
-- The key is (project_id, version, month), not (project_id, month, version): with the month second, a look-up of a
-- project's current months matched the key as well as project_progress_current_idx, and on statistics taken before corrections
-- were made (every version current) the planner took the key and filtered every superseded version out.
ALTER TABLE project_progress DROP CONSTRAINT project_progress_pkey;
ALTER TABLE project_progress DROP CONSTRAINT project_progress_version_unique;
ALTER TABLE project_progress ADD CONSTRAINT project_progress_pkey PRIMARY KEY (project_id, version, month);

-- A version is found by its project, month and version (or, the current one, by project_progress_current_idx), never by
-- its id: (project_id, month, version) becomes the primary key and the id's own index goes. Every version the write path
-- stores and every one it retires (a non-HOT update: current is in the partial indexes' predicates) wrote an entry into
-- it; the retiring UPDATE now finds its rows by ctid. The id column stays, numbered as before.
ALTER TABLE project_progress DROP CONSTRAINT project_progress_pkey;
ALTER TABLE project_progress DROP CONSTRAINT project_progress_version_unique;
ALTER TABLE project_progress ADD CONSTRAINT project_progress_pkey PRIMARY KEY (project_id, month, version);

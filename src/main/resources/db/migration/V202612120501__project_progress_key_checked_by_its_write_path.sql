-- project_progress is written by one path (ProgressStore.store: the form, the API and the import), which first locks the
-- reported projects FOR NO KEY UPDATE and refuses the whole statement unless it found every one of them: the reference
-- is checked there once per statement, and a locked project cannot be deleted before commit. The foreign key checked
-- every inserted row once more (a look-up and a KEY SHARE lock of the project each: 20,000 for a monthly import).
-- Projects are never deleted by the platform; the cascade on delete is kept by a statement-level trigger, as
-- project_warning's (V202612081201). No insert trigger checks the rows instead: a restore (LogicalRestore) loads the
-- tables in the order of their foreign keys, so progress may arrive before its projects.
ALTER TABLE project_progress DROP CONSTRAINT project_progress_project_id_fkey;

CREATE FUNCTION project_progress_follow_deleted_projects() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM project_progress g USING gone d WHERE g.project_id = d.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER project_deleted_drops_progress AFTER DELETE ON project REFERENCING OLD TABLE AS gone
  FOR EACH STATEMENT EXECUTE FUNCTION project_progress_follow_deleted_projects();

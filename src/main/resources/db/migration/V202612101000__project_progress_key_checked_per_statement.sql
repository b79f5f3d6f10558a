-- project_progress is written by one path (ProgressStore.store: the form, the API and the import), which first locks the
-- reported projects FOR NO KEY UPDATE and checks it found every one of them. The foreign key then checked every inserted
-- row once more (a look-up and a KEY SHARE lock of the project each: 20,000 for a monthly import). The key is now
-- checked once per statement against the inserted rows, and the cascade on delete kept by a statement-level trigger, as
-- project_warning's (V202612081201).
ALTER TABLE project_progress DROP CONSTRAINT project_progress_project_id_fkey;

CREATE FUNCTION project_progress_check_projects() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM added a WHERE NOT EXISTS (SELECT 1 FROM project p WHERE p.id = a.project_id)) THEN
    RAISE EXCEPTION 'project_progress names a project that does not exist' USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER project_progress_projects_exist AFTER INSERT ON project_progress REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION project_progress_check_projects();

CREATE FUNCTION project_progress_follow_deleted_projects() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM project_progress g USING gone d WHERE g.project_id = d.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER project_deleted_drops_progress AFTER DELETE ON project REFERENCING OLD TABLE AS gone
  FOR EACH STATEMENT EXECUTE FUNCTION project_progress_follow_deleted_projects();

-- project_warning is derived data, written only by WarningBook from the project rows it has just read, in bulk (COPY):
-- 600,000 rows for an import of 50,000 new projects, one per project and month. Its foreign key checked every row
-- against project (a look-up and a KEY SHARE lock of the project row each); projects are never deleted by the
-- platform, so the key only stood for the cascade on delete, which a statement-level trigger now keeps.
ALTER TABLE project_warning DROP CONSTRAINT project_warning_project_id_fkey;

CREATE FUNCTION project_warning_follow_deleted_projects() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM project_warning w USING gone g WHERE w.project_id = g.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER project_deleted_drops_warnings AFTER DELETE ON project REFERENCING OLD TABLE AS gone
  FOR EACH STATEMENT EXECUTE FUNCTION project_warning_follow_deleted_projects();

-- A project import of 50,000 new projects checked five foreign keys per row (the project's region and industry, each
-- list entry's and CREATE event's project): a look-up and a KEY SHARE lock each, ~1.3 s of ~9 s. These references are now
-- checked once per statement, for every writer (the import, a form, a restore's COPY): the distinct referenced rows are
-- locked FOR KEY SHARE as the key locked them, so they cannot be deleted before commit, and a statement naming a missing
-- one is refused whole (SQLSTATE 23503, as the key did). The referenced side keeps its part: a region or industry still
-- referenced cannot be deleted or change its code, and a deleted project takes its entries and events with it.
-- SchemaCatalog reads these triggers' arguments, so a restore (LogicalRestore) still loads the referenced tables first.

-- TG_ARGV: triples of (column, referenced table, its key column); the statement's new rows are the transition table
-- "checked". Only for INSERT: transition tables cannot be limited to some columns, and an update of a reference (a
-- project moving region) is rare, so it is checked per row, and only when the value changed, by the function below.
CREATE FUNCTION references_checked_per_statement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  i int := 0;
  wanted bigint;
  locked bigint;
  missing text;
BEGIN
  WHILE i < TG_NARGS LOOP
    EXECUTE format('SELECT count(DISTINCT n.%1$I) FROM checked n', TG_ARGV[i]) INTO wanted;
    IF wanted > 0 THEN
      EXECUTE format('SELECT count(*) FROM (SELECT 1 FROM %2$I p WHERE p.%3$I IN (SELECT n.%1$I FROM checked n)'
                     ' FOR KEY SHARE OF p) l', TG_ARGV[i], TG_ARGV[i + 1], TG_ARGV[i + 2]) INTO locked;
      IF locked < wanted THEN
        EXECUTE format('SELECT n.%1$I::text FROM checked n WHERE n.%1$I IS NOT NULL'
                       ' AND NOT EXISTS (SELECT 1 FROM %2$I p WHERE p.%3$I = n.%1$I) LIMIT 1',
                       TG_ARGV[i], TG_ARGV[i + 1], TG_ARGV[i + 2]) INTO missing;
        RAISE foreign_key_violation USING
          MESSAGE = format('insert or update on table "%s" violates its reference to "%s": %s = %s is not present',
                           TG_TABLE_NAME, TG_ARGV[i + 1], TG_ARGV[i], missing),
          TABLE = TG_TABLE_NAME, COLUMN = TG_ARGV[i];
      END IF;
    END IF;
    i := i + 3;
  END LOOP;
  RETURN NULL;
END
$$;

-- The same triples, for a row whose reference changed (the triggers' WHEN says so).
CREATE FUNCTION references_checked_per_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  i int := 0;
  value text;
  present text;
BEGIN
  WHILE i < TG_NARGS LOOP
    EXECUTE format('SELECT ($1).%1$I::text', TG_ARGV[i]) INTO value USING NEW;
    IF value IS NOT NULL THEN
      EXECUTE format('SELECT p.%2$I::text FROM %1$I p WHERE p.%2$I = ($1).%3$I FOR KEY SHARE OF p',
                     TG_ARGV[i + 1], TG_ARGV[i + 2], TG_ARGV[i]) INTO present USING NEW;
      IF present IS NULL THEN
        RAISE foreign_key_violation USING
          MESSAGE = format('insert or update on table "%s" violates its reference to "%s": %s = %s is not present',
                           TG_TABLE_NAME, TG_ARGV[i + 1], TG_ARGV[i], value),
          TABLE = TG_TABLE_NAME, COLUMN = TG_ARGV[i];
      END IF;
    END IF;
    i := i + 3;
  END LOOP;
  RETURN NULL;
END
$$;

-- TG_ARGV: the key column, then pairs of (referencing table, its column): a key still referenced is neither deleted
-- (per statement, the old rows being the transition table "gone") nor changed (per row, when the WHEN says it changed).
CREATE FUNCTION references_kept() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  i int := 1;
  hit text;
BEGIN
  WHILE i < TG_NARGS LOOP
    IF TG_LEVEL = 'STATEMENT' THEN
      EXECUTE format('SELECT c.%2$I::text FROM %1$I c WHERE c.%2$I IN (SELECT o.%3$I FROM gone o) LIMIT 1',
                     TG_ARGV[i], TG_ARGV[i + 1], TG_ARGV[0]) INTO hit;
    ELSE
      EXECUTE format('SELECT c.%2$I::text FROM %1$I c WHERE c.%2$I = ($1).%3$I LIMIT 1',
                     TG_ARGV[i], TG_ARGV[i + 1], TG_ARGV[0]) INTO hit USING OLD;
    END IF;
    IF hit IS NOT NULL THEN
      RAISE foreign_key_violation USING
        MESSAGE = format('update or delete on table "%s" violates the reference from "%s": %s = %s is still referenced',
                         TG_TABLE_NAME, TG_ARGV[i], TG_ARGV[i + 1], hit),
        TABLE = TG_TABLE_NAME;
    END IF;
    i := i + 2;
  END LOOP;
  RETURN NULL;
END
$$;

ALTER TABLE project DROP CONSTRAINT project_region_code_fkey, DROP CONSTRAINT project_industry_code_fkey;
CREATE TRIGGER project_references_inserted AFTER INSERT ON project REFERENCING NEW TABLE AS checked
  FOR EACH STATEMENT EXECUTE FUNCTION references_checked_per_statement('region_code', 'region', 'code',
                                                                      'industry_code', 'industry', 'code');
CREATE TRIGGER project_references_updated AFTER UPDATE ON project FOR EACH ROW
  WHEN (OLD.region_code IS DISTINCT FROM NEW.region_code OR OLD.industry_code IS DISTINCT FROM NEW.industry_code)
  EXECUTE FUNCTION references_checked_per_row('region_code', 'region', 'code', 'industry_code', 'industry', 'code');
CREATE TRIGGER region_keeps_projects_deleted AFTER DELETE ON region REFERENCING OLD TABLE AS gone
  FOR EACH STATEMENT EXECUTE FUNCTION references_kept('code', 'project', 'region_code');
CREATE TRIGGER region_keeps_projects_updated AFTER UPDATE ON region FOR EACH ROW WHEN (OLD.code IS DISTINCT FROM NEW.code)
  EXECUTE FUNCTION references_kept('code', 'project', 'region_code');
CREATE TRIGGER industry_keeps_projects_deleted AFTER DELETE ON industry REFERENCING OLD TABLE AS gone
  FOR EACH STATEMENT EXECUTE FUNCTION references_kept('code', 'project', 'industry_code');
CREATE TRIGGER industry_keeps_projects_updated AFTER UPDATE ON industry FOR EACH ROW WHEN (OLD.code IS DISTINCT FROM NEW.code)
  EXECUTE FUNCTION references_kept('code', 'project', 'industry_code');

ALTER TABLE project_plan DROP CONSTRAINT project_plan_project_id_fkey;
ALTER TABLE project_event DROP CONSTRAINT project_event_project_id_fkey;
CREATE TRIGGER project_plan_references_inserted AFTER INSERT ON project_plan REFERENCING NEW TABLE AS checked
  FOR EACH STATEMENT EXECUTE FUNCTION references_checked_per_statement('project_id', 'project', 'id');
CREATE TRIGGER project_plan_references_updated AFTER UPDATE ON project_plan FOR EACH ROW
  WHEN (OLD.project_id IS DISTINCT FROM NEW.project_id) EXECUTE FUNCTION references_checked_per_row('project_id', 'project', 'id');
CREATE TRIGGER project_event_references_inserted AFTER INSERT ON project_event REFERENCING NEW TABLE AS checked
  FOR EACH STATEMENT EXECUTE FUNCTION references_checked_per_statement('project_id', 'project', 'id');
CREATE TRIGGER project_event_references_updated AFTER UPDATE ON project_event FOR EACH ROW
  WHEN (OLD.project_id IS DISTINCT FROM NEW.project_id) EXECUTE FUNCTION references_checked_per_row('project_id', 'project', 'id');
CREATE TRIGGER project_keeps_entries_and_events AFTER UPDATE ON project FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id)
  EXECUTE FUNCTION references_kept('id', 'project_plan', 'project_id', 'project_event', 'project_id');

-- ON DELETE CASCADE, kept per statement as project_warning's (V202612081201) and project_progress's (V202612120501).
CREATE FUNCTION project_plan_and_events_follow_deleted_projects() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM project_plan pl USING gone g WHERE pl.project_id = g.id;
  DELETE FROM project_event e USING gone g WHERE e.project_id = g.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER project_deleted_drops_entries_and_events AFTER DELETE ON project REFERENCING OLD TABLE AS gone
  FOR EACH STATEMENT EXECUTE FUNCTION project_plan_and_events_follow_deleted_projects();

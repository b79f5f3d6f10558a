-- The foreign keys that V202612081201, V202612120501 and V202612140300 replaced refused a TRUNCATE of a referenced table unless its referencing tables
-- were truncated in the same statement. Row triggers do not fire on TRUNCATE; these statement triggers run after the
-- whole statement (every table it names is empty by then) and refuse it while a referencing row is left. Only the owner
-- can TRUNCATE at all; a restore truncates every table in one statement and passes.
CREATE FUNCTION references_kept_on_truncate() RETURNS trigger LANGUAGE plpgsql
SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
  i int := 0;
  left_behind boolean;
BEGIN
  WHILE i < TG_NARGS LOOP
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE %I IS NOT NULL)', TG_ARGV[i], TG_ARGV[i + 1]) INTO left_behind;
    IF left_behind THEN
      RAISE EXCEPTION 'cannot truncate "%": "%" still refers to it', TG_TABLE_NAME, TG_ARGV[i]
        USING ERRCODE = 'foreign_key_violation';
    END IF;
    i := i + 2;
  END LOOP;
  RETURN NULL;
END $$;

CREATE TRIGGER region_truncated_keeps_projects AFTER TRUNCATE ON region
  FOR EACH STATEMENT EXECUTE FUNCTION references_kept_on_truncate('project', 'region_code');
CREATE TRIGGER industry_truncated_keeps_projects AFTER TRUNCATE ON industry
  FOR EACH STATEMENT EXECUTE FUNCTION references_kept_on_truncate('project', 'industry_code');
CREATE TRIGGER project_truncated_keeps_its_rows AFTER TRUNCATE ON project
  FOR EACH STATEMENT EXECUTE FUNCTION references_kept_on_truncate('project_plan', 'project_id', 'project_event', 'project_id',
    'project_warning', 'project_id', 'project_progress', 'project_id');

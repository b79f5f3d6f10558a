-- Flyway runs this after every migrate, as the owner of the schema. The application's own role (${approle}) reads
-- and writes every table, but on audit_log it may only read and append, it never touches Flyway's history, and
-- tables added later get the same rights through the default privileges. Not being the owner, it cannot alter
-- a table or disable a trigger.
DO $$
DECLARE
  app    text := '${approle}';
  owner  text := current_user;
  schema text := current_schema();
  t      record;
BEGIN
  IF app = owner THEN
    RAISE WARNING 'Fagai: the application and Flyway use one database role (%): the audit log is not protected from the application; set spring.flyway.user to the owner role (see README)', app;
    RETURN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
    RAISE EXCEPTION 'Fagai: the application''s database role % does not exist; create it first (see README)', app;
  END IF;
  IF NOT has_schema_privilege(app, schema, 'USAGE') THEN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', schema, app);
  END IF;
  FOR t IN SELECT c.oid::regclass AS name FROM pg_class c
            WHERE c.relnamespace = schema::regnamespace AND c.relkind IN ('r', 'p')
              AND pg_get_userbyid(c.relowner) = owner AND c.relname <> '${flyway:table}'
  LOOP
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO %I', t.name, app);
  END LOOP;
  FOR t IN SELECT c.oid::regclass AS name FROM pg_class c
            WHERE c.relnamespace = schema::regnamespace AND c.relkind = 'S' AND pg_get_userbyid(c.relowner) = owner
  LOOP
    EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO %I', t.name, app);
  END LOOP;
  EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_log FROM %I', app);
  IF to_regclass(format('%I.%I', schema, '${flyway:table}')) IS NOT NULL THEN
    EXECUTE format('REVOKE ALL ON %I.%I FROM %I', schema, '${flyway:table}', app);
  END IF;
  EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
                 owner, schema, app);
  EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I',
                 owner, schema, app);
END
$$;

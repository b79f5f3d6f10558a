-- Trigger functions run as the calling role and resolved table names through its search_path, whose first entry is the
-- session's temporary schema: a session of the application role could shadow `region` or `project` with a temporary
-- table of the same name and pass a reference check. Every trigger function of the schema now resolves names in the
-- schema itself, temporary tables last (TriggerFunctionsSearchPathTest keeps later ones so).
DO $$
DECLARE
  f record;
BEGIN
  FOR f IN
    SELECT p.oid::regprocedure AS signature
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = '${flyway:defaultSchema}' AND p.prorettype = 'trigger'::regtype
      AND p.proowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
  LOOP
    EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f.signature, '${flyway:defaultSchema}');
  END LOOP;
END $$;

-- TRUNCATE fires no row trigger, so the append-only rule needs a statement trigger too. The application's role
-- cannot TRUNCATE at all (no privilege, see afterMigrate.sql); this stops the owner as well.
CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

CREATE TABLE audit_log
(
  id          BIGSERIAL PRIMARY KEY,
  at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
  actor       VARCHAR(100) NOT NULL,
  action      VARCHAR(40)  NOT NULL,
  target_type VARCHAR(60),
  target_id   VARCHAR(100),
  detail      TEXT,
  ip          VARCHAR(64)
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);
CREATE INDEX audit_log_actor_idx ON audit_log (actor, at DESC);
CREATE INDEX audit_log_action_idx ON audit_log (action, at DESC);

-- The audit log is append-only (等保 2.0): nobody, not even the application, may rewrite history.
CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

-- The audit log is kept for good (等保 2.0 asks for at least 6 months; the application never deletes) and grows to
-- tens of millions of rows. Its page and export read newest first within a period, walking (at, id) downwards:
-- one index answers the ordering, the period and the export's keyset step; target type gets its own.
CREATE INDEX audit_log_at_id_idx ON audit_log (at DESC, id DESC);
DROP INDEX audit_log_at_idx;
CREATE INDEX audit_log_target_type_idx ON audit_log (target_type, at DESC);

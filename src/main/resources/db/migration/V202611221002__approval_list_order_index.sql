-- The list's order (newest first: received_at DESC, id DESC) read straight from an index, so a page of a large
-- table needs no sort; receipt-date ranges (statistics) use it as before.
DROP INDEX approval_application_received_idx;
CREATE INDEX approval_application_received_idx ON approval_application (received_at DESC, id DESC);

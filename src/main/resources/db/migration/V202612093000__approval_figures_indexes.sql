-- The cockpit's approval figures of a period and region read from indexes alone: the period's receipts, the period's
-- decisions (with their stored outcome) and the open applications in warning or overdue, instead of the region's history.
CREATE INDEX approval_application_received_region_idx ON approval_application (received_at, region_code);
CREATE INDEX approval_application_decided_region_idx ON approval_application (closed_at, region_code) INCLUDE (status, on_time)
    WHERE closed_at IS NOT NULL;
CREATE INDEX approval_application_open_clock_idx ON approval_application (region_code varchar_pattern_ops, clock_state)
    WHERE closed_at IS NULL AND clock_state IN ('WARNING', 'OVERDUE');

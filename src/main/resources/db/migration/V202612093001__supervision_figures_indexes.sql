-- The cockpit's 督办 figures of a year and region read from indexes alone: the year's items by stored state, colour and
-- on-time outcome, and a problem list's items by problem.
CREATE INDEX supervision_item_figures_idx ON supervision_item (year, region_code varchar_pattern_ops)
    INCLUDE (state, colour, closed_on_time);
CREATE INDEX supervision_item_problem_figures_idx ON supervision_item (problem_id) INCLUDE (region_code, state)
    WHERE problem_id IS NOT NULL;

-- The year's account of a region (the cockpit's funds tile, the account page) read from an index alone: every value the
-- account sums, kept beside the year, region and channel it is grouped by.
CREATE INDEX funds_application_account_idx ON funds_application (year, region_code varchar_pattern_ops, channel)
    INCLUDE (owner_credit_code, declared_on, total_investment, requested, approved_amount, allocated_amount, spent_amount);

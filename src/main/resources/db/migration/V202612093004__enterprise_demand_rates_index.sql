-- The demands' three rates of a period and region (企业服务 statistics, the cockpit's tile) read from an index alone:
-- the outcomes the aggregate stored, beside the date and region they are filtered on and the keys they are grouped by.
CREATE INDEX enterprise_demand_rates_idx ON enterprise_demand (raised_on, region_code)
    INCLUDE (department_id, category, routed_on, responded_in_time, satisfaction, resolved, satisfied);

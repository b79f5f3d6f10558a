-- The funnel and the summary of a period and region (招商总览, the cockpit's tile) read from indexes alone: the leads
-- found in the period with the stage dates they reached, and the projects first signed in it with the values the
-- signed cohort sums. They replace the plain period indexes of the same keys.
DROP INDEX attraction_lead_found_idx;
CREATE INDEX attraction_lead_found_idx ON attraction_lead (found_on, region_code)
    INCLUDE (negotiating_on, signed_on, registered_on, started_on, producing_on, full_capacity_on, chain, officer_id);
DROP INDEX attraction_lead_signed_idx;
CREATE INDEX attraction_lead_signed_idx ON attraction_lead (signed_on, region_code)
    INCLUDE (agreed_investment, registered_on, started_on, producing_on, full_capacity_on, funds_in_place, origin, project_code,
             chain, officer_id)
    WHERE signed_on IS NOT NULL;

-- A lead created from an investor's interest in a project offered to private capital (businessenv's
-- InvestmentInterestRegistered) remembers the interest it came from: one lead per interest, however often the event is
-- delivered again (the event publication registry retries unfinished listeners).
ALTER TABLE attraction_lead ADD COLUMN interest_id BIGINT;
CREATE UNIQUE INDEX attraction_lead_interest_idx ON attraction_lead (interest_id) WHERE interest_id IS NOT NULL;

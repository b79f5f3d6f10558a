-- 守信激励 in approvals: where a kind allows it, an applicant on the red list with the green-channel incentive gets a
-- shorter promised limit (in the kind's unit; NULL = the kind does not shorten). Applications record the red-list
-- status they were filed and accepted with, and whether the shorter limit was applied.
ALTER TABLE approval_kind_limit ADD COLUMN green_channel_limit INT CHECK (green_channel_limit > 0);
UPDATE approval_kind_limit SET green_channel_limit = CASE kind
  WHEN 'PROPOSAL' THEN 8 WHEN 'FEASIBILITY' THEN 2 WHEN 'ENERGY_REVIEW' THEN 2 WHEN 'PRELIMINARY_DESIGN' THEN 2
  WHEN 'FILING' THEN 4 END;
ALTER TABLE approval_application
  ADD COLUMN red_listed      BOOLEAN,
  ADD COLUMN red_list_detail VARCHAR(1000),
  ADD COLUMN green_channel   BOOLEAN NOT NULL DEFAULT FALSE;

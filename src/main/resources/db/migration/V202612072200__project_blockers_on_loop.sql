-- Project blockers and joint-meeting decisions are followed on the 督办 loop: the item each went onto (no foreign key:
-- the item belongs to the supervision module). A blocker without one waits for staff to route it.
ALTER TABLE project_blocker ADD COLUMN item_id BIGINT;
ALTER TABLE joint_meeting_item ADD COLUMN item_id BIGINT;
CREATE UNIQUE INDEX project_blocker_item_idx ON project_blocker (item_id) WHERE item_id IS NOT NULL;
CREATE UNIQUE INDEX joint_meeting_item_item_idx ON joint_meeting_item (item_id) WHERE item_id IS NOT NULL;

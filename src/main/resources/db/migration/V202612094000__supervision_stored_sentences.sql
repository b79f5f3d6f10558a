-- The colour reason and the platform's own timeline notes of a 督办 item are stored as a message key with its arguments
-- (org.fagai.shared.StoredText: §key|arg|arg, a backslash escaping |, itself and a leading #), so they read in the reader's
-- language. The rows written before are mapped from the known Chinese sentences; any other text stays as it is.
-- A milestone's title (up to 200 characters, each | or \ escaped) fits the colour reason's widened column.
ALTER TABLE supervision_item ALTER COLUMN colour_reason TYPE VARCHAR(500);

UPDATE supervision_item SET colour_reason = '§supervision.reason.closedOnTime' WHERE colour_reason = '按期办结';
UPDATE supervision_item SET colour_reason = '§supervision.reason.closedLate' WHERE colour_reason = '逾期办结';
UPDATE supervision_item
SET colour_reason = '§supervision.reason.overdue|' || substring(colour_reason FROM '^已超过期限 (\d{4}-\d{2}-\d{2})$')
WHERE colour_reason ~ '^已超过期限 \d{4}-\d{2}-\d{2}$';
UPDATE supervision_item
SET colour_reason = '§supervision.reason.nearDeadline|' || substring(colour_reason FROM '^距期限不足 (\d+) 个工作日$')
WHERE colour_reason ~ '^距期限不足 \d+ 个工作日$';
UPDATE supervision_item
SET colour_reason = '§supervision.reason.milestoneLate|'
    || regexp_replace(replace(replace((regexp_match(colour_reason, '^节点「(.*)」逾期（(\d{4}-\d{2}-\d{2})）$'))[1], '\', '\\'), '|', '\|'),
                      '^#', '\\#')
    || '|' || (regexp_match(colour_reason, '^节点「(.*)」逾期（(\d{4}-\d{2}-\d{2})）$'))[2]
WHERE colour_reason ~ '^节点「.*」逾期（\d{4}-\d{2}-\d{2}）$';

UPDATE supervision_step SET note = '§supervision.reason.closedOnTime' WHERE kind = 'VERIFIED' AND note = '按期办结';
UPDATE supervision_step SET note = '§supervision.reason.closedLate' WHERE kind = 'VERIFIED' AND note = '逾期办结';
UPDATE supervision_step SET note = '§supervision.reason.escalated' WHERE kind = 'ESCALATED' AND note = '逾期，提级督办';
UPDATE supervision_step
SET note = '§supervision.reason.reportDue|' || substring(note FROM '^应于 (\d{4}-\d{2}-\d{2}) 前报送进展$')
WHERE kind = 'REPORT_MISSED' AND note ~ '^应于 \d{4}-\d{2}-\d{2} 前报送进展$';

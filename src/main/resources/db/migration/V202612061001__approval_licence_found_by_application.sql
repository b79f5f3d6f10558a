-- The licence record is credit's, found by the application's id (credit_licence.application_id); approval keeps no copy.
ALTER TABLE approval_application DROP COLUMN licence_id;

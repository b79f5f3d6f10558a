-- The enterprise page lists an applicant's applications by credit code.
CREATE INDEX approval_application_applicant_idx ON approval_application (applicant_credit_code, received_at DESC);

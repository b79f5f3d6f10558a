-- The funds module asks approvals for a project's granted approvals (its 前期 status) by project code.
CREATE INDEX IF NOT EXISTS approval_application_project_code_idx ON approval_application (project_code, status);

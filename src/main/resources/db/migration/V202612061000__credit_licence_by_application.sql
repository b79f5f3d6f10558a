-- An approval finds its licence record by the application (credit records it on hearing LicenceGranted): one per decision.
CREATE UNIQUE INDEX credit_licence_application_idx ON credit_licence (application_id);

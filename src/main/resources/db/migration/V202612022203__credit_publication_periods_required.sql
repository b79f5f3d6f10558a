-- V202612022202 (a Java migration, PenaltyPeriodMigration) recomputed every stored period with PenaltyPeriod.
ALTER TABLE credit_penalty
  ALTER COLUMN publication_minimum_months SET NOT NULL,
  ALTER COLUMN publication_maximum_months SET NOT NULL;

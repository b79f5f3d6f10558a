-- Keyword search over code, name and owner: one lower-cased column, searched with LIKE (cheaper than ILIKE on three
-- columns) and, where the locale lets pg_trgm see the characters, through a trigram index.
ALTER TABLE project ADD COLUMN search_text TEXT GENERATED ALWAYS AS (lower(code || ' ' || name || ' ' || owner_unit)) STORED;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX project_search_trgm_idx ON project USING gin (search_text gin_trgm_ops);

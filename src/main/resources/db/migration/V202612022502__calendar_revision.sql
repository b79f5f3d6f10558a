-- One row counting changes to the calendar: every instance compares it with the revision of its in-memory
-- calendar and reloads when another instance's administrator has changed a day or loaded a year.
CREATE TABLE calendar_revision (
    id       SMALLINT PRIMARY KEY CHECK (id = 1),
    revision BIGINT NOT NULL
);
INSERT INTO calendar_revision (id, revision) VALUES (1, 1);

CREATE FUNCTION calendar_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE calendar_revision SET revision = revision + 1 WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE TRIGGER calendar_day_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_day
    FOR EACH STATEMENT EXECUTE FUNCTION calendar_revision_bump();
CREATE TRIGGER calendar_year_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_year
    FOR EACH STATEMENT EXECUTE FUNCTION calendar_revision_bump();

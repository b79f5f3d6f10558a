-- The key that signs the flash cookie (CookieFlashMaps): one random secret shared by every instance, so a message
-- written before a redirect on one instance is read after it on any other. gen_random_uuid() draws from
-- PostgreSQL's strong random source; two of them give 244 random bits.
CREATE TABLE shared_flash_key
(
  id     SMALLINT PRIMARY KEY CHECK (id = 1),
  secret BYTEA    NOT NULL
);

INSERT INTO shared_flash_key (id, secret)
VALUES (1, decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'));

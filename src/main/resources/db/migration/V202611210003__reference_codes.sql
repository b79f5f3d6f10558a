-- GB/T 2260 administrative divisions (loaded from classpath reference/regions on first start).
CREATE TABLE region
(
  code        VARCHAR(6)   PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  level       VARCHAR(12)  NOT NULL,
  parent_code VARCHAR(6) REFERENCES region (code),
  enabled     BOOLEAN      NOT NULL DEFAULT TRUE
);
CREATE INDEX region_parent_idx ON region (parent_code);
CREATE INDEX region_name_idx ON region (name);

-- GB/T 4754-2017 industries, sections A–T down to 4-digit classes.
CREATE TABLE industry
(
  code        VARCHAR(4)   PRIMARY KEY,
  section     CHAR(1)      NOT NULL,
  name        VARCHAR(200) NOT NULL,
  level       VARCHAR(10)  NOT NULL,
  parent_code VARCHAR(4) REFERENCES industry (code),
  remark      TEXT
);
CREATE INDEX industry_parent_idx ON industry (parent_code);

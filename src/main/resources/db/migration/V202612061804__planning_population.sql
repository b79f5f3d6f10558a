-- Population control by town (人口调控): the city's target for a district (a ceiling on 常住人口, or a reduction) split
-- into targets for each of its towns (乡镇街道, 9-digit codes), with the split's method; and the towns' actual resident
-- population at the end of a quarter (1-4) or of the year (0). The split adding up is checked in the code
-- (planning PopulationSplit) before anything is stored.
CREATE TABLE population_target
(
  id          BIGSERIAL   PRIMARY KEY,
  region_code VARCHAR(9)  NOT NULL REFERENCES region (code),
  year        INT         NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  kind        VARCHAR(10) NOT NULL CHECK (kind IN ('CEILING', 'REDUCTION')),
  total       BIGINT      NOT NULL CHECK (total > 0),
  method      TEXT,
  updated_by  VARCHAR(50) NOT NULL,
  updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT population_target_unique UNIQUE (region_code, year)
);

CREATE TABLE population_town_target
(
  target_id BIGINT     NOT NULL REFERENCES population_target (id) ON DELETE CASCADE,
  town_code VARCHAR(9) NOT NULL REFERENCES region (code),
  target    BIGINT     NOT NULL CHECK (target >= 0),
  PRIMARY KEY (target_id, town_code)
);

CREATE TABLE population_actual
(
  town_code  VARCHAR(9)  NOT NULL REFERENCES region (code),
  year       INT         NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  quarter    INT         NOT NULL CHECK (quarter BETWEEN 0 AND 4),
  value      BIGINT      NOT NULL CHECK (value >= 0),
  entered_by VARCHAR(50) NOT NULL,
  entered_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (town_code, year, quarter)
);

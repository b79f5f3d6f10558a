-- Official holiday schedules (State Council notices), one row per special day.
CREATE TABLE calendar_year
(
  year      INT         PRIMARY KEY,
  announced BOOLEAN     NOT NULL,
  papers    TEXT,
  loaded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE calendar_day
(
  day     DATE        PRIMARY KEY,
  name    VARCHAR(50) NOT NULL,
  off_day BOOLEAN     NOT NULL
);

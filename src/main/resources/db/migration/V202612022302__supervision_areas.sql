-- The year's work areas (e.g. seed 004's eight "在…上下功夫" headings) that annual tasks belong to.
CREATE TABLE supervision_area
(
  year INT          NOT NULL,
  seq  INT          NOT NULL,
  name VARCHAR(200) NOT NULL,
  PRIMARY KEY (year, seq)
);

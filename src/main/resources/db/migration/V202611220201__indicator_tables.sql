-- Economic monitoring (经济运行): the indicator catalogue, cumulative values per region and period, annual targets.
CREATE TABLE indicator
(
  code           VARCHAR(40)  PRIMARY KEY,
  name           VARCHAR(100) NOT NULL UNIQUE,
  unit           VARCHAR(10)  NOT NULL,             -- YI 亿元, WAN 万元, PERCENT %, YUAN 元
  frequency      VARCHAR(10)  NOT NULL,             -- MONTHLY, QUARTERLY
  january_alone  BOOLEAN      NOT NULL DEFAULT FALSE, -- FALSE: January is only published together as 1-2月
  growth_source  VARCHAR(10)  NOT NULL,             -- COMPUTED from last year's value, REPORTED (comparable prices)
  growth_only    BOOLEAN      NOT NULL DEFAULT FALSE, -- only the growth rate is published (no value)
  additive       BOOLEAN      NOT NULL DEFAULT TRUE,  -- districts add up to the city
  brief_verb     VARCHAR(20)  NOT NULL DEFAULT '',  -- "完成", "累计完成" … in the brief's sentence
  in_brief       BOOLEAN      NOT NULL DEFAULT FALSE, -- named in the brief's opening sentence
  sort_order     INT          NOT NULL DEFAULT 0,
  enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
  CONSTRAINT indicator_unit_check CHECK (unit IN ('YI', 'WAN', 'PERCENT', 'YUAN')),
  CONSTRAINT indicator_frequency_check CHECK (frequency IN ('MONTHLY', 'QUARTERLY')),
  CONSTRAINT indicator_growth_source_check CHECK (growth_source IN ('COMPUTED', 'REPORTED'))
);

-- A cumulative value 1-N月 (to_month = N; quarterly indicators only 3, 6, 9, 12) in the indicator's unit,
-- with the growth the statistics bureau reported, when it did.
CREATE TABLE indicator_value
(
  indicator_code  VARCHAR(40)   NOT NULL REFERENCES indicator (code),
  region_code     VARCHAR(6)    NOT NULL REFERENCES region (code),
  year            INT           NOT NULL,
  to_month        INT           NOT NULL CHECK (to_month BETWEEN 1 AND 12),
  value           NUMERIC(20, 4),
  reported_growth NUMERIC(8, 2),
  updated_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
  updated_by      VARCHAR(50)   NOT NULL,
  PRIMARY KEY (indicator_code, region_code, year, to_month),
  CONSTRAINT indicator_value_present CHECK (value IS NOT NULL OR reported_growth IS NOT NULL)
);
CREATE INDEX indicator_value_period_idx ON indicator_value (year, to_month, indicator_code);
CREATE INDEX indicator_value_region_idx ON indicator_value (region_code, year);

-- Annual targets per region and indicator: a growth target (percent) and/or an absolute one (indicator unit).
CREATE TABLE indicator_target
(
  indicator_code  VARCHAR(40)  NOT NULL REFERENCES indicator (code),
  region_code     VARCHAR(6)   NOT NULL REFERENCES region (code),
  year            INT          NOT NULL,
  growth_target   NUMERIC(8, 2),
  absolute_target NUMERIC(20, 4),
  updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
  updated_by      VARCHAR(50)  NOT NULL,
  PRIMARY KEY (indicator_code, region_code, year),
  CONSTRAINT indicator_target_present CHECK (growth_target IS NOT NULL OR absolute_target IS NOT NULL)
);

-- The catalogue every commission starts with (admins edit it afterwards).
INSERT INTO indicator (code, name, unit, frequency, january_alone, growth_source, growth_only, additive, brief_verb, in_brief, sort_order) VALUES
  ('GDP',           '地区生产总值',             'YI',   'QUARTERLY', FALSE, 'REPORTED', FALSE, TRUE,  '',       TRUE,  10),
  ('IND_VA',        '规模以上工业增加值',       'YI',   'MONTHLY',   FALSE, 'REPORTED', TRUE,  FALSE, '',       TRUE,  20),
  ('IND_OUTPUT',    '规模以上工业总产值',       'YI',   'MONTHLY',   FALSE, 'COMPUTED', FALSE, TRUE,  '完成',   FALSE, 30),
  ('FAI',           '固定资产投资',             'YI',   'MONTHLY',   FALSE, 'COMPUTED', FALSE, TRUE,  '完成',   TRUE,  40),
  ('FAI_CONSTR',    '建安投资',                 'YI',   'MONTHLY',   FALSE, 'COMPUTED', FALSE, TRUE,  '完成',   FALSE, 50),
  ('FAI_INDUSTRY',  '工业投资',                 'YI',   'MONTHLY',   FALSE, 'COMPUTED', FALSE, TRUE,  '完成',   FALSE, 60),
  ('RETAIL',        '社会消费品零售总额',       'YI',   'MONTHLY',   FALSE, 'COMPUTED', FALSE, TRUE,  '完成',   TRUE,  70),
  ('BUDGET_REV',    '一般公共预算收入',         'YI',   'MONTHLY',   TRUE,  'COMPUTED', FALSE, TRUE,  '累计完成', TRUE,  80),
  ('TAX_REV',       '税收收入',                 'YI',   'MONTHLY',   TRUE,  'COMPUTED', FALSE, TRUE,  '完成',   FALSE, 90),
  ('BUDGET_EXP',    '一般公共预算支出',         'YI',   'MONTHLY',   TRUE,  'COMPUTED', FALSE, TRUE,  '完成',   FALSE, 100),
  ('TRADE',         '进出口总额',               'YI',   'MONTHLY',   FALSE, 'COMPUTED', FALSE, TRUE,  '完成',   FALSE, 110),
  ('FDI',           '实际利用外资',             'WAN',  'MONTHLY',   FALSE, 'COMPUTED', FALSE, TRUE,  '完成',   FALSE, 120),
  ('INCOME',        '城乡居民人均可支配收入',   'YUAN', 'QUARTERLY', FALSE, 'COMPUTED', FALSE, FALSE, '达到',   FALSE, 130),
  ('SERVICE_REV',   '规上服务业营业收入',       'YI',   'MONTHLY',   FALSE, 'COMPUTED', FALSE, TRUE,  '完成',   FALSE, 140);

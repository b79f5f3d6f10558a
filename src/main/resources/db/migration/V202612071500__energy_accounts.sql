-- 能耗双控: conversion coefficients (GB/T 2589-2020), emission factors, monthly energy reports of key energy users,
-- and the targets they are judged against.

-- One row per energy type: its 折标准煤系数 (kgce per base unit: kg, m³, MJ, kWh) and combustion CO₂ factor per report
-- unit. Administrators change them; the stored report figures are recomputed then.
CREATE TABLE energy_type
(
  code          VARCHAR(20)    PRIMARY KEY,
  coefficient   NUMERIC(12, 6) NOT NULL CHECK (coefficient >= 0),
  base_per_unit NUMERIC(12, 2) NOT NULL CHECK (base_per_unit > 0), -- t→kg 1000, 万m³→m³ 10000, GJ→MJ 1000, 万kWh→kWh 10000
  co2_factor    NUMERIC(12, 6) NOT NULL CHECK (co2_factor >= 0),   -- t CO₂ per report unit; electricity: by year
  source        VARCHAR(300)   NOT NULL,
  updated_at    TIMESTAMPTZ    NOT NULL DEFAULT now(),
  updated_by    VARCHAR(50)    NOT NULL DEFAULT 'system'
);

INSERT INTO energy_type (code, coefficient, base_per_unit, co2_factor, source) VALUES
  ('RAW_COAL',    0.714300, 1000,  1.900300, 'GB/T 2589-2020 附录A；CO₂：低位发热量20.908 GJ/t × 单位热值含碳量26.37 tC/TJ × 碳氧化率94% × 44/12'),
  ('COKE',        0.971400, 1000,  2.860400, 'GB/T 2589-2020 附录A；CO₂：28.435 GJ/t × 29.5 tC/TJ × 93% × 44/12'),
  ('CRUDE_OIL',   1.428600, 1000,  3.020200, 'GB/T 2589-2020 附录A；CO₂：41.816 GJ/t × 20.1 tC/TJ × 98% × 44/12'),
  ('GASOLINE',    1.471400, 1000,  2.925100, 'GB/T 2589-2020 附录A；CO₂：43.070 GJ/t × 18.9 tC/TJ × 98% × 44/12'),
  ('DIESEL',      1.457100, 1000,  3.095900, 'GB/T 2589-2020 附录A；CO₂：42.652 GJ/t × 20.2 tC/TJ × 98% × 44/12'),
  ('FUEL_OIL',    1.428600, 1000,  3.170500, 'GB/T 2589-2020 附录A；CO₂：41.816 GJ/t × 21.1 tC/TJ × 98% × 44/12'),
  ('LPG',         1.714300, 1000,  3.101300, 'GB/T 2589-2020 附录A；CO₂：50.179 GJ/t × 17.2 tC/TJ × 98% × 44/12'),
  ('NATURAL_GAS', 1.214300, 10000, 21.622000, 'GB/T 2589-2020 附录A（1.1000–1.3300，取1.2143）；CO₂：389.31 GJ/万m³ × 15.3 tC/TJ × 99% × 44/12'),
  ('HEAT',        0.034120, 1000,  0.110000, 'GB/T 2589-2020 附录A；CO₂：外购热力排放因子0.11 tCO₂/GJ（企业温室气体排放核算指南缺省值）'),
  ('ELECTRICITY', 0.122900, 10000, 0.000000, 'GB/T 2589-2020 附录A，当量值；CO₂ 按年度全国电力平均排放因子'),
  ('OTHER',       1000.000000, 1, 0.000000, '其他能源按吨标准煤填报；排放因子缺省为0，由管理员按品种设定');
-- The guidelines' fuel factors: 《工业其他行业企业温室气体排放核算方法与报告指南（试行）》 and 《省级温室气体清单编制指南》.

-- Per year: the national average grid CO₂ factor (生态环境部、国家统计局) and electricity's 等价值 (the year's coal per
-- kWh of thermal power supplied). A year without its own figure uses the latest earlier one (the page names the year).
CREATE TABLE energy_year_factor
(
  year                   INT           PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  grid_factor            NUMERIC(8, 4) CHECK (grid_factor >= 0),            -- t CO₂ / MWh
  electricity_equivalent NUMERIC(8, 4) CHECK (electricity_equivalent >= 0), -- kgce / kWh (等价值)
  source                 VARCHAR(300)  NOT NULL,
  updated_at             TIMESTAMPTZ   NOT NULL DEFAULT now(),
  updated_by             VARCHAR(50)   NOT NULL DEFAULT 'system'
);
INSERT INTO energy_year_factor (year, grid_factor, electricity_equivalent, source) VALUES
  (2021, 0.5568, 0.3025, '电力排放因子：生态环境部、国家统计局公布的2021年全国电力平均二氧化碳排放因子；等价值：全国6000千瓦及以上火电厂供电标准煤耗（中电联），载入新年度时请核对公告'),
  (2022, 0.5366, 0.3007, '电力排放因子：生态环境部、国家统计局公布的2022年全国电力平均二氧化碳排放因子；等价值：全国6000千瓦及以上火电厂供电标准煤耗（中电联），载入新年度时请核对公告');

-- A key energy user's report of one month (当月, not cumulative), with the figures the conversion computed and stored,
-- so region sums read columns instead of converting again.
CREATE TABLE energy_report
(
  id              BIGSERIAL      PRIMARY KEY,
  credit_code     VARCHAR(18)    NOT NULL,
  enterprise_name VARCHAR(200)   NOT NULL,
  region_code     VARCHAR(9)     NOT NULL, -- the enterprise's town (or county) when reported
  county_code     VARCHAR(6)     NOT NULL,
  year            INT            NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  month           INT            NOT NULL CHECK (month BETWEEN 1 AND 12),
  output_value    NUMERIC(16, 2) CHECK (output_value >= 0), -- 万元
  tce             NUMERIC(18, 4) NOT NULL, -- 综合能源消费量（当量值）
  tce_raw         NUMERIC(18, 4) NOT NULL, -- of which 原料用能
  tce_non_fossil  NUMERIC(18, 4) NOT NULL, -- of which non-fossil energy
  tce_controlled  NUMERIC(18, 4) NOT NULL, -- 纳入总量控制: without 原料用能 and non-fossil energy
  tce_equivalent  NUMERIC(18, 4),          -- electricity by its 等价值 (null: no year has one)
  co2             NUMERIC(18, 4) NOT NULL, -- t CO₂
  factor_year     INT,                     -- the year whose grid factor and 等价值 were used
  spike           BOOLEAN        NOT NULL DEFAULT FALSE, -- ten times the previous month or more
  previous_missing BOOLEAN       NOT NULL DEFAULT FALSE, -- the month before was not reported (after the first report)
  created_at      TIMESTAMPTZ    NOT NULL DEFAULT now(),
  created_by      VARCHAR(50)    NOT NULL,
  updated_at      TIMESTAMPTZ    NOT NULL DEFAULT now(),
  updated_by      VARCHAR(50)    NOT NULL,
  CONSTRAINT energy_report_month_key UNIQUE (credit_code, year, month)
);
CREATE INDEX energy_report_region_idx ON energy_report (year, county_code, month);
CREATE INDEX energy_report_town_idx ON energy_report (region_code varchar_pattern_ops, year);

CREATE TABLE energy_report_item
(
  report_id    BIGINT         NOT NULL REFERENCES energy_report (id) ON DELETE CASCADE,
  type         VARCHAR(20)    NOT NULL REFERENCES energy_type (code),
  amount       NUMERIC(18, 4) NOT NULL CHECK (amount >= 0),
  raw_material NUMERIC(18, 4) NOT NULL DEFAULT 0 CHECK (raw_material >= 0 AND raw_material <= amount),
  non_fossil   NUMERIC(18, 4) NOT NULL DEFAULT 0 CHECK (non_fossil >= 0 AND non_fossil + raw_material <= amount),
  tce          NUMERIC(18, 4) NOT NULL,
  co2          NUMERIC(18, 4) NOT NULL,
  PRIMARY KEY (report_id, type)
);

-- Targets of a year: a region (county, city or town), a department or a key energy user. Declines in percent; the
-- cap in tce (纳入总量控制); tasks are text the assessment scores by hand.
CREATE TABLE energy_target
(
  subject_type          VARCHAR(12)    NOT NULL CHECK (subject_type IN ('REGION', 'DEPARTMENT', 'ENTERPRISE')),
  subject_code          VARCHAR(18)    NOT NULL,
  year                  INT            NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  intensity_decline     NUMERIC(6, 2),
  co2_intensity_decline NUMERIC(6, 2),
  total_cap             NUMERIC(18, 2) CHECK (total_cap > 0),
  tasks                 TEXT,
  updated_at            TIMESTAMPTZ    NOT NULL DEFAULT now(),
  updated_by            VARCHAR(50)    NOT NULL,
  PRIMARY KEY (subject_type, subject_code, year)
);

-- A region's five-year targets (十四五 …) against its base year: the base year's published energy use (纳入总量控制),
-- CO₂ and GDP (亿元, that year's prices), the declines of intensity to reach by the end year, an optional cap.
CREATE TABLE energy_period_target
(
  id                    BIGSERIAL      PRIMARY KEY,
  region_code           VARCHAR(6)     NOT NULL,
  name                  VARCHAR(40)    NOT NULL,
  base_year             INT            NOT NULL CHECK (base_year BETWEEN 2000 AND 2100),
  end_year              INT            NOT NULL CHECK (end_year BETWEEN 2000 AND 2100),
  base_energy           NUMERIC(18, 2) NOT NULL CHECK (base_energy > 0),
  base_co2              NUMERIC(18, 2) CHECK (base_co2 > 0),
  base_gdp              NUMERIC(18, 4) NOT NULL CHECK (base_gdp > 0),
  intensity_decline     NUMERIC(6, 2)  NOT NULL,
  co2_intensity_decline NUMERIC(6, 2),
  total_cap             NUMERIC(18, 2) CHECK (total_cap > 0),
  updated_at            TIMESTAMPTZ    NOT NULL DEFAULT now(),
  updated_by            VARCHAR(50)    NOT NULL,
  CONSTRAINT energy_period_target_years CHECK (end_year > base_year),
  CONSTRAINT energy_period_target_key UNIQUE (region_code, base_year, end_year)
);

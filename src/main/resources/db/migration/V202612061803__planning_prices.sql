-- Price monitoring (价格监测): goods with unit and specification, monitoring points, observations (one price of a good
-- at a point on a day) and the per-day, per-district sums every series and warning reads; 价格认证 cases.
CREATE TABLE price_good
(
  id         SERIAL        PRIMARY KEY,
  code       VARCHAR(20)   NOT NULL UNIQUE,
  name       VARCHAR(50)   NOT NULL,
  category   VARCHAR(20)   NOT NULL,
  unit       VARCHAR(20)   NOT NULL,
  spec       VARCHAR(100)  NOT NULL DEFAULT '',
  seq        INT           NOT NULL DEFAULT 0,
  yellow_pct NUMERIC(5, 2),              -- NULL: the configured default (环比 ±5%)
  red_pct    NUMERIC(5, 2),              -- NULL: the configured default (环比 ±10%)
  enabled    BOOLEAN       NOT NULL DEFAULT TRUE
);

-- The national list of important livelihood goods most commissions monitor; administrators edit it.
INSERT INTO price_good (code, name, category, unit, spec, seq) VALUES
  ('RICE',       '大米',       '粮油',   '元/500克',   '粳米 标一',        10),
  ('FLOUR',      '面粉',       '粮油',   '元/500克',   '富强粉',           11),
  ('PEANUT_OIL', '花生油',     '粮油',   '元/升',      '5升桶装 一级',     12),
  ('SOY_OIL',    '大豆油',     '粮油',   '元/升',      '5升桶装 一级',     13),
  ('PORK',       '猪肉',       '肉禽蛋', '元/500克',   '精瘦肉',           20),
  ('PORK_BELLY', '五花肉',     '肉禽蛋', '元/500克',   '鲜',               21),
  ('BEEF',       '牛肉',       '肉禽蛋', '元/500克',   '鲜 去骨',          22),
  ('MUTTON',     '羊肉',       '肉禽蛋', '元/500克',   '鲜 去骨',          23),
  ('CHICKEN',    '白条鸡',     '肉禽蛋', '元/500克',   '开膛 一级',        24),
  ('EGG',        '鸡蛋',       '肉禽蛋', '元/500克',   '新鲜完整',         25),
  ('CABBAGE',    '大白菜',     '蔬菜',   '元/500克',   '一级',             30),
  ('POTATO',     '土豆',       '蔬菜',   '元/500克',   '一级',             31),
  ('TOMATO',     '西红柿',     '蔬菜',   '元/500克',   '一级',             32),
  ('CUCUMBER',   '黄瓜',       '蔬菜',   '元/500克',   '一级',             33),
  ('RAPE',       '油菜',       '蔬菜',   '元/500克',   '一级',             34),
  ('APPLE',      '苹果',       '水果',   '元/500克',   '富士 一级',        40),
  ('BANANA',     '香蕉',       '水果',   '元/500克',   '国产 一级',        41),
  ('CARP',       '鲤鱼',       '水产',   '元/500克',   '活 750克左右',     50),
  ('HAIRTAIL',   '带鱼',       '水产',   '元/500克',   '冻 250克左右',     51),
  ('GASOLINE92', '92号汽油',   '燃料',   '元/升',      '国VI',             60),
  ('DIESEL',     '0号柴油',    '燃料',   '元/升',      '国VI',             61),
  ('LPG',        '液化石油气', '燃料',   '元/瓶',      '15公斤装',         62),
  ('HOG',        '生猪',       '猪粮',   '元/公斤',    '外三元 出场价',    70),
  ('CORN',       '玉米',       '猪粮',   '元/公斤',    '二等 批发价',      71);

CREATE TABLE price_point
(
  id           SERIAL       PRIMARY KEY,
  code         VARCHAR(20)  NOT NULL UNIQUE,
  name         VARCHAR(100) NOT NULL,
  kind         VARCHAR(12)  NOT NULL CHECK (kind IN ('MARKET', 'SUPERMARKET', 'WHOLESALE', 'STATION', 'FARM')),
  region_code  VARCHAR(6)   NOT NULL REFERENCES region (code),
  address      VARCHAR(200) NOT NULL DEFAULT '',
  collector_id BIGINT,                   -- the account that collects here (its to-do list shows collection due)
  enabled      BOOLEAN      NOT NULL DEFAULT TRUE
);

CREATE TABLE price_observation
(
  good_id     INT           NOT NULL REFERENCES price_good (id),
  observed_on DATE          NOT NULL,
  point_id    INT           NOT NULL REFERENCES price_point (id),
  price       NUMERIC(10, 2) NOT NULL CHECK (price > 0),
  entered_by  VARCHAR(50)   NOT NULL,
  entered_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
  PRIMARY KEY (good_id, observed_on, point_id)
);
CREATE INDEX price_observation_point_day_idx ON price_observation (point_id, observed_on);

-- Per good, day and district: count and sum of the prices (kept by every write), so a series or the day's warnings
-- read a few rows per day instead of every point's.
CREATE TABLE price_daily
(
  good_id     INT            NOT NULL REFERENCES price_good (id),
  observed_on DATE           NOT NULL,
  region_code VARCHAR(6)     NOT NULL,
  points      INT            NOT NULL,
  total       NUMERIC(14, 2) NOT NULL,
  PRIMARY KEY (good_id, observed_on, region_code)
);
-- The day's warnings read every good's row of one day.
CREATE INDEX price_daily_day_idx ON price_daily (observed_on);

-- 价格认证: a request (from 纪检监察, 公安, 法院 …) to certify the price of a subject within N working days, carried on
-- the 督办 loop (item_id); the deadline is the item's, on the official calendar.
CREATE TABLE price_certification
(
  id             BIGSERIAL    PRIMARY KEY,
  case_no        VARCHAR(40)  NOT NULL UNIQUE,
  region_code    VARCHAR(6)   NOT NULL REFERENCES region (code),
  requester_kind VARCHAR(16)  NOT NULL CHECK (requester_kind IN ('DISCIPLINE', 'POLICE', 'PROCURATORATE', 'COURT', 'TAX', 'OTHER')),
  requester      VARCHAR(100) NOT NULL,
  subject        VARCHAR(300) NOT NULL,
  request_date   DATE         NOT NULL,
  working_days   INT          NOT NULL CHECK (working_days BETWEEN 1 AND 60),
  deadline       DATE         NOT NULL,
  item_id        BIGINT       NOT NULL UNIQUE,
  state          VARCHAR(10)  NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'CONCLUDED', 'CANCELLED')),
  result         TEXT,
  document_no    VARCHAR(50),
  concluded_on   DATE,
  on_time        BOOLEAN,
  created_by     VARCHAR(50)  NOT NULL,
  created_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX price_certification_request_idx ON price_certification (request_date DESC, id DESC);

-- 七有五性 (livelihood) monitoring as data: the seven 七有 and five 五性 dimensions, their indicators (direction,
-- weight, responsible member unit 成员单位, optional target), reporting rounds (a year or its first half) of a city's
-- districts, and the values reported. Normalisation and indices are computed in the code (LivelihoodScoring).
CREATE TABLE livelihood_dimension
(
  code   VARCHAR(20) PRIMARY KEY,
  family VARCHAR(6)  NOT NULL CHECK (family IN ('QIYOU', 'WUXING')),
  name   VARCHAR(20) NOT NULL UNIQUE,
  seq    INT         NOT NULL
);
INSERT INTO livelihood_dimension (code, family, name, seq) VALUES
  ('CHILDCARE',   'QIYOU',  '幼有所育', 1),
  ('EDUCATION',   'QIYOU',  '学有所教', 2),
  ('EMPLOYMENT',  'QIYOU',  '劳有所得', 3),
  ('HEALTH',      'QIYOU',  '病有所医', 4),
  ('ELDERLY',     'QIYOU',  '老有所养', 5),
  ('HOUSING',     'QIYOU',  '住有所居', 6),
  ('ASSISTANCE',  'QIYOU',  '弱有所扶', 7),
  ('CONVENIENCE', 'WUXING', '便利性',   8),
  ('LIVABILITY',  'WUXING', '宜居性',   9),
  ('DIVERSITY',   'WUXING', '多样性',   10),
  ('FAIRNESS',    'WUXING', '公正性',   11),
  ('SAFETY',      'WUXING', '安全性',   12);

CREATE TABLE livelihood_indicator
(
  id             BIGSERIAL      PRIMARY KEY,
  code           VARCHAR(40)    NOT NULL UNIQUE,
  dimension_code VARCHAR(20)    NOT NULL REFERENCES livelihood_dimension (code),
  name           VARCHAR(100)   NOT NULL,
  unit           VARCHAR(20)    NOT NULL,
  direction      VARCHAR(6)     NOT NULL CHECK (direction IN ('HIGHER', 'LOWER')),
  weight         NUMERIC(6, 2)  NOT NULL CHECK (weight > 0),
  target         NUMERIC(20, 4),
  member_unit    VARCHAR(100)   NOT NULL,
  seq            INT            NOT NULL DEFAULT 0,
  enabled        BOOLEAN        NOT NULL DEFAULT TRUE
);

-- The monitoring system every commission starts with (two indicators a dimension, weights adding up to 100);
-- administrators change it on the 监测体系 page.
INSERT INTO livelihood_indicator (code, dimension_code, name, unit, direction, weight, target, member_unit, seq) VALUES
  ('CHILDCARE_PLACES',   'CHILDCARE',   '每千人口拥有3岁以下婴幼儿托位数', '个',        'HIGHER', 4, 4.5,  '卫生健康委', 1),
  ('KINDERGARTEN_PUBLIC','CHILDCARE',   '普惠性幼儿园覆盖率',             '%',         'HIGHER', 4, 90,   '教委',       2),
  ('SCHOOL_RETENTION',   'EDUCATION',   '九年义务教育巩固率',             '%',         'HIGHER', 4, 99,   '教委',       3),
  ('LARGE_CLASSES',      'EDUCATION',   '中小学大班额比例',               '%',         'LOWER',  4, 2,    '教委',       4),
  ('UNEMPLOYMENT',       'EMPLOYMENT',  '城镇调查失业率',                 '%',         'LOWER',  5, 5.5,  '人力社保局', 5),
  ('INCOME_GROWTH',      'EMPLOYMENT',  '居民人均可支配收入增速',         '%',         'HIGHER', 5, 6,    '统计局',     6),
  ('DOCTORS',            'HEALTH',      '每千人口执业（助理）医师数',     '人',        'HIGHER', 5, 3.5,  '卫生健康委', 7),
  ('FAMILY_DOCTOR',      'HEALTH',      '家庭医生签约服务覆盖率',         '%',         'HIGHER', 4, 75,   '卫生健康委', 8),
  ('ELDERLY_BEDS',       'ELDERLY',     '每千名老年人养老床位数',         '张',        'HIGHER', 4, 40,   '民政局',     9),
  ('ELDERLY_STATIONS',   'ELDERLY',     '社区养老服务驿站覆盖率',         '%',         'HIGHER', 4, 95,   '民政局',     10),
  ('AFFORDABLE_HOUSING', 'HOUSING',     '保障性住房筹集建设任务完成率',   '%',         'HIGHER', 4, 100,  '住房城乡建设委', 11),
  ('OLD_ESTATES',        'HOUSING',     '老旧小区综合整治完成率',         '%',         'HIGHER', 4, 100,  '住房城乡建设委', 12),
  ('RELIEF_TIMELY',      'ASSISTANCE',  '困难群众救助及时率',             '%',         'HIGHER', 4, 100,  '民政局',     13),
  ('DISABLED_REHAB',     'ASSISTANCE',  '残疾人基本康复服务覆盖率',       '%',         'HIGHER', 4, 90,   '残联',       14),
  ('QUARTER_HOUR_CIRCLE','CONVENIENCE', '一刻钟便民生活圈覆盖率',         '%',         'HIGHER', 4, 95,   '商务局',     15),
  ('BUS_STOP_COVERAGE',  'CONVENIENCE', '公共交通站点500米覆盖率',        '%',         'HIGHER', 4, 98,   '交通局',     16),
  ('PM25',               'LIVABILITY',  '细颗粒物（PM2.5）年均浓度',      '微克/立方米', 'LOWER',  5, 30,   '生态环境局', 17),
  ('PARK_AREA',          'LIVABILITY',  '人均公园绿地面积',               '平方米',    'HIGHER', 4, 16,   '园林绿化局', 18),
  ('CULTURE_FACILITIES', 'DIVERSITY',   '每万人公共文化设施面积',         '平方米',    'HIGHER', 4, 1500, '文化和旅游局', 19),
  ('SPORTS_AREA',        'DIVERSITY',   '人均体育场地面积',               '平方米',    'HIGHER', 4, 2.8,  '体育局',     20),
  ('HOTLINE_RESOLVED',   'FAIRNESS',    '12345热线诉求解决率',            '%',         'HIGHER', 4, 95,   '政务服务局', 21),
  ('ONLINE_SERVICES',    'FAIRNESS',    '政务服务事项全程网办率',         '%',         'HIGHER', 4, 90,   '政务服务局', 22),
  ('WORK_DEATHS',        'SAFETY',      '亿元地区生产总值生产安全事故死亡率', '人/亿元', 'LOWER',  4, 0.01, '应急管理局', 23),
  ('CRIME_RATE',         'SAFETY',      '刑事案件发案率',                 '起/万人',   'LOWER',  4, 20,   '公安分局',   24);

-- A reporting round: the districts under parent_code report their values of a year (half 0) or its first half (1).
CREATE TABLE livelihood_round
(
  id          BIGSERIAL   PRIMARY KEY,
  parent_code VARCHAR(6)  NOT NULL REFERENCES region (code),
  year        INT         NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  half        INT         NOT NULL CHECK (half IN (0, 1)),
  due_on      DATE        NOT NULL,
  created_by  VARCHAR(50) NOT NULL,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT livelihood_round_unique UNIQUE (parent_code, year, half)
);

CREATE TABLE livelihood_value
(
  round_id     BIGINT         NOT NULL REFERENCES livelihood_round (id) ON DELETE CASCADE,
  indicator_id BIGINT         NOT NULL REFERENCES livelihood_indicator (id),
  region_code  VARCHAR(6)     NOT NULL REFERENCES region (code),
  value        NUMERIC(20, 4) NOT NULL,
  reported_by  VARCHAR(50)    NOT NULL,
  reported_at  TIMESTAMPTZ    NOT NULL DEFAULT now(),
  PRIMARY KEY (round_id, indicator_id, region_code)
);

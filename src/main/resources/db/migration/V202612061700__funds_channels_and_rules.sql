-- 资金争取: the channels and their rules as data (defaults from the issue and 国办发〔2024〕52号); administrators may change them.
CREATE TABLE funds_channel
(
  code                       VARCHAR(20)   PRIMARY KEY,
  name                       VARCHAR(50)   NOT NULL,
  sort_order                 INT           NOT NULL,
  counts_as_superior         BOOLEAN       NOT NULL, -- counted in "申请中央预算及上级资金"
  requires_program           BOOLEAN       NOT NULL, -- declared against a 专项 of the year's guidance
  applies_negative_list      BOOLEAN       NOT NULL,
  requires_documents         BOOLEAN       NOT NULL, -- 一案两书
  min_coverage               NUMERIC(6, 2),          -- balance test: income / (principal + interest); NULL = no test
  capital_cap_share          NUMERIC(5, 4),          -- share of the province's bonds usable as project capital; NULL = no capital use
  requires_approval_document BOOLEAN       NOT NULL, -- 前期: a granted approval (立项/可研/核准/备案)
  requires_land              BOOLEAN       NOT NULL, -- 前期: land (用地) settled
  round_months               INT           NOT NULL CHECK (round_months IN (1, 2, 3, 4, 6, 12)),
  CHECK (min_coverage IS NULL OR min_coverage > 0),
  CHECK (capital_cap_share IS NULL OR (capital_cap_share >= 0 AND capital_cap_share <= 1))
);
INSERT INTO funds_channel VALUES
  ('CENTRAL_BUDGET', '中央预算内投资', 10, TRUE, TRUE, FALSE, FALSE, NULL, NULL, TRUE, TRUE, 12),
  ('SPECIAL_BOND', '地方政府专项债券', 20, FALSE, FALSE, TRUE, TRUE, 1.10, 0.3000, TRUE, TRUE, 3),
  ('ULTRA_LONG_BOND', '超长期特别国债', 30, TRUE, TRUE, FALSE, FALSE, NULL, NULL, TRUE, TRUE, 3),
  ('SUPERIOR_FUNDS', '其他上级资金', 40, TRUE, FALSE, FALSE, FALSE, NULL, NULL, FALSE, FALSE, 12);

-- 专项: central-budget programmes (the seed's fields) and the ultra-long bonds' 两重/两新.
CREATE TABLE funds_program
(
  code        VARCHAR(30) PRIMARY KEY,
  channel     VARCHAR(20) NOT NULL REFERENCES funds_channel (code),
  name        VARCHAR(60) NOT NULL,
  max_share   NUMERIC(5, 4) CHECK (max_share IS NULL OR (max_share > 0 AND max_share <= 1)), -- of total investment
  sort_order  INT         NOT NULL
);
INSERT INTO funds_program VALUES
  ('SOCIAL', 'CENTRAL_BUDGET', '社会事业', 0.8000, 10),
  ('AGRICULTURE_WATER', 'CENTRAL_BUDGET', '农林水利', 0.8000, 20),
  ('TRANSPORT', 'CENTRAL_BUDGET', '交通基础设施', 0.5000, 30),
  ('URBANIZATION', 'CENTRAL_BUDGET', '新型城镇化', 0.6000, 40),
  ('ENERGY', 'CENTRAL_BUDGET', '能源', 0.3000, 50),
  ('REGIONAL', 'CENTRAL_BUDGET', '区域协调发展', 0.6000, 60),
  ('INDUSTRY', 'CENTRAL_BUDGET', '现代化产业体系', 0.3000, 70),
  ('INNOVATION', 'CENTRAL_BUDGET', '关键核心技术攻关', 0.3000, 80),
  ('NEW_INFRA', 'CENTRAL_BUDGET', '新型基础设施', 0.3000, 90),
  ('CARBON', 'CENTRAL_BUDGET', '节能减排降碳', 0.3000, 100),
  ('DISASTER', 'CENTRAL_BUDGET', '灾后恢复重建和防灾减灾救灾', 0.8000, 110),
  ('SAFETY', 'CENTRAL_BUDGET', '安全能力建设', 0.8000, 120),
  ('TWO_MAJOR', 'ULTRA_LONG_BOND', '两重（国家重大战略实施和重点领域安全能力建设）', 0.8000, 210),
  ('TWO_NEW', 'ULTRA_LONG_BOND', '两新（大规模设备更新和消费品以旧换新）', 0.5000, 220);

-- Sectors (投向领域). negative: on the special-bond negative list (refused by name); capital_allowed: on the list of
-- sectors where special bonds may serve as project capital.
CREATE TABLE funds_sector
(
  code             VARCHAR(30)  PRIMARY KEY,
  name             VARCHAR(60)  NOT NULL,
  negative         BOOLEAN      NOT NULL,
  negative_reason  VARCHAR(300),
  capital_allowed  BOOLEAN      NOT NULL,
  sort_order       INT          NOT NULL,
  CHECK (NOT (negative AND capital_allowed)),
  CHECK (NOT negative OR negative_reason IS NOT NULL)
);
INSERT INTO funds_sector VALUES
  ('OFFICE_BUILDING', '楼堂馆所', TRUE, '专项债券不得用于楼堂馆所（国办发〔2024〕52号负面清单）', FALSE, 900),
  ('IMAGE_PROJECT', '形象工程和政绩工程', TRUE, '专项债券不得用于形象工程和政绩工程（国办发〔2024〕52号负面清单）', FALSE, 910),
  ('REAL_ESTATE', '商业性房地产（保障性住房、土地储备除外）', TRUE, '专项债券不得用于除保障性住房、土地储备以外的房地产相关项目（国办发〔2024〕52号负面清单）', FALSE, 920),
  ('COMPETITIVE_INDUSTRY', '一般性竞争性产业', TRUE, '专项债券不得用于一般性竞争性产业项目（国办发〔2024〕52号负面清单）', FALSE, 930),
  ('COMMERCIAL_OPERATION', '主要用于商业化运营的项目', TRUE, '专项债券不得用于主要用于商业化运营的项目（国办发〔2024〕52号负面清单）', FALSE, 940),
  ('THEME_PARK', '主题公园等商业基础设施', TRUE, '专项债券不得用于主题公园等商业基础设施（国办发〔2024〕52号负面清单）', FALSE, 950),
  ('RAILWAY', '铁路', FALSE, NULL, TRUE, 10),
  ('TOLL_ROAD', '收费公路', FALSE, NULL, TRUE, 20),
  ('AIRPORT_PORT', '机场、内河航电枢纽和港口', FALSE, NULL, TRUE, 30),
  ('PARKING', '城市停车场', FALSE, NULL, TRUE, 40),
  ('GAS_NETWORK', '天然气管网和储气设施', FALSE, NULL, TRUE, 50),
  ('POWER_GRID', '城乡电网', FALSE, NULL, TRUE, 60),
  ('WATER', '水利', FALSE, NULL, TRUE, 70),
  ('SEWAGE', '城镇污水垃圾处理', FALSE, NULL, TRUE, 80),
  ('WATER_SUPPLY', '供水', FALSE, NULL, TRUE, 90),
  ('NEW_INFRA', '新型基础设施', FALSE, NULL, TRUE, 100),
  ('NEW_ENERGY', '新能源', FALSE, NULL, TRUE, 110),
  ('URBAN_VILLAGE', '城中村改造', FALSE, NULL, TRUE, 120),
  ('HEALTH', '卫生健康', FALSE, NULL, TRUE, 130),
  ('ELDERLY_CHILDCARE', '养老托育', FALSE, NULL, TRUE, 140),
  ('SOCIAL_HOUSING', '保障性安居工程', FALSE, NULL, FALSE, 150),
  ('LAND_RESERVE', '土地储备', FALSE, NULL, FALSE, 160),
  ('INDUSTRIAL_PARK', '产业园区基础设施', FALSE, NULL, FALSE, 170),
  ('EDUCATION', '教育', FALSE, NULL, FALSE, 180),
  ('CULTURE_TOURISM', '文化旅游', FALSE, NULL, FALSE, 190),
  ('AGRICULTURE', '农林水利和高标准农田', FALSE, NULL, FALSE, 200),
  ('MUNICIPAL', '市政基础设施', FALSE, NULL, FALSE, 210),
  ('COLD_CHAIN', '冷链物流设施', FALSE, NULL, FALSE, 220),
  ('EQUIPMENT_RENEWAL', '设备更新', FALSE, NULL, FALSE, 230),
  ('OTHER', '其他', FALSE, NULL, FALSE, 800);

-- Spending warnings: points behind 序时进度 for yellow/red, months without spending before funds count as idle.
CREATE TABLE funds_setting
(
  id               INT          PRIMARY KEY CHECK (id = 1),
  yellow_gap       NUMERIC(5, 1) NOT NULL,
  red_gap          NUMERIC(5, 1) NOT NULL,
  idle_months      INT          NOT NULL CHECK (idle_months > 0),
  CHECK (red_gap > yellow_gap AND yellow_gap >= 0)
);
INSERT INTO funds_setting VALUES (1, 10, 30, 3);

-- 营商环境评价: the indicator system (first level: national and the city's own; second level: what is measured), the
-- values per year and county, entered benchmarks joining the comparison set, data collection and reform tasks on 督办.
CREATE TABLE be_indicator
(
  code           VARCHAR(10)   PRIMARY KEY,
  parent_code    VARCHAR(10)   REFERENCES be_indicator (code),
  name           VARCHAR(100)  NOT NULL,
  unit           VARCHAR(20),
  direction      VARCHAR(6)    CHECK (direction IN ('LOWER', 'HIGHER')),
  weight         NUMERIC(8, 4) NOT NULL CHECK (weight > 0),
  national       BOOLEAN       NOT NULL,
  member_unit    VARCHAR(100),
  member_unit_id BIGINT        REFERENCES department (id),
  source         VARCHAR(30)   NOT NULL DEFAULT 'ENTERED',
  seq            INT           NOT NULL,
  CONSTRAINT be_indicator_level CHECK ((parent_code IS NULL) = (direction IS NULL)),
  CONSTRAINT be_indicator_unit CHECK (parent_code IS NULL OR unit IS NOT NULL)
);
CREATE INDEX be_indicator_parent_idx ON be_indicator (parent_code, seq);

CREATE TABLE be_value
(
  year           INT            NOT NULL,
  region_code    VARCHAR(6)     NOT NULL REFERENCES region (code),
  indicator_code VARCHAR(10)    NOT NULL REFERENCES be_indicator (code),
  value          NUMERIC(18, 4) NOT NULL,
  entered_by     VARCHAR(50)    NOT NULL,
  entered_at     TIMESTAMPTZ    NOT NULL DEFAULT now(),
  PRIMARY KEY (year, indicator_code, region_code)
);

CREATE TABLE be_benchmark
(
  id             BIGSERIAL PRIMARY KEY,
  year           INT            NOT NULL,
  indicator_code VARCHAR(10)    NOT NULL REFERENCES be_indicator (code),
  label          VARCHAR(100)   NOT NULL,
  value          NUMERIC(18, 4) NOT NULL,
  CONSTRAINT be_benchmark_unique UNIQUE (year, indicator_code, label)
);

CREATE TABLE be_collection
(
  id          BIGSERIAL PRIMARY KEY,
  year        INT         NOT NULL,
  unit_id     BIGINT      NOT NULL REFERENCES department (id),
  item_id     BIGINT      NOT NULL UNIQUE,
  assigned_on DATE        NOT NULL,
  deadline    DATE        NOT NULL,
  state       VARCHAR(10) NOT NULL CHECK (state IN ('OPEN', 'CLOSED', 'CANCELLED')),
  closed_on   DATE
);
CREATE INDEX be_collection_year_idx ON be_collection (year, unit_id);

CREATE TABLE be_reform_version
(
  id         BIGSERIAL PRIMARY KEY,
  name       VARCHAR(50)  NOT NULL,
  year       INT          NOT NULL,
  title      VARCHAR(200) NOT NULL,
  created_by VARCHAR(50)  NOT NULL,
  created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
  CONSTRAINT be_reform_version_unique UNIQUE (name, year)
);

CREATE TABLE be_reform_task
(
  id          BIGSERIAL PRIMARY KEY,
  version_id  BIGINT       NOT NULL REFERENCES be_reform_version (id),
  seq         INT          NOT NULL,
  title       VARCHAR(300) NOT NULL,
  unit_id     BIGINT       NOT NULL REFERENCES department (id),
  person_id   BIGINT       NOT NULL,
  deadline    DATE         NOT NULL,
  item_id     BIGINT UNIQUE,
  state       VARCHAR(10)  NOT NULL CHECK (state IN ('ASSIGNED', 'DONE', 'CANCELLED')),
  done_on     DATE,
  CONSTRAINT be_reform_task_seq UNIQUE (version_id, seq)
);

-- The national evaluation's first-level indicators and the city's own, each with its measured second-level ones.
INSERT INTO be_indicator (code, parent_code, name, unit, direction, weight, national, member_unit, source, seq) VALUES
('E01', NULL, '开办企业', NULL, NULL, 6, TRUE, NULL, 'ENTERED', 1),
('E0101', 'E01', '开办企业环节', '个', 'LOWER', 0.4, TRUE, '市场监督管理局', 'ENTERED', 1),
('E0102', 'E01', '开办企业时间', '工作日', 'LOWER', 0.6, TRUE, '市场监督管理局', 'ENTERED', 2),
('E02', NULL, '办理建筑许可', NULL, NULL, 8, TRUE, NULL, 'ENTERED', 2),
('E0201', 'E02', '办理建筑许可时间', '工作日', 'LOWER', 0.6, TRUE, '住房和城乡建设局', 'ENTERED', 1),
('E0202', 'E02', '建筑质量控制指数', '分', 'HIGHER', 0.4, TRUE, '住房和城乡建设局', 'ENTERED', 2),
('E03', NULL, '获得电力', NULL, NULL, 6, TRUE, NULL, 'ENTERED', 3),
('E0301', 'E03', '获得电力时间', '工作日', 'LOWER', 0.5, TRUE, '供电公司', 'ENTERED', 1),
('E0302', 'E03', '获得电力成本', '万元', 'LOWER', 0.5, TRUE, '供电公司', 'ENTERED', 2),
('E04', NULL, '登记财产', NULL, NULL, 6, TRUE, NULL, 'ENTERED', 4),
('E0401', 'E04', '登记财产时间', '工作日', 'LOWER', 0.6, TRUE, '自然资源和规划局', 'ENTERED', 1),
('E0402', 'E04', '土地管理质量指数', '分', 'HIGHER', 0.4, TRUE, '自然资源和规划局', 'ENTERED', 2),
('E05', NULL, '获得信贷', NULL, NULL, 6, TRUE, NULL, 'ENTERED', 5),
('E0501', 'E05', '小微企业贷款余额增速', '%', 'HIGHER', 0.5, TRUE, '金融工作办公室', 'ENTERED', 1),
('E0502', 'E05', '信易贷授信金额', '万元', 'HIGHER', 0.5, TRUE, '金融工作办公室', 'ENTERED', 2),
('E06', NULL, '保护中小投资者', NULL, NULL, 5, TRUE, NULL, 'ENTERED', 6),
('E0601', 'E06', '投资者保护指数', '分', 'HIGHER', 1, TRUE, '人民法院', 'ENTERED', 1),
('E07', NULL, '纳税', NULL, NULL, 6, TRUE, NULL, 'ENTERED', 7),
('E0701', 'E07', '纳税时间', '小时/年', 'LOWER', 0.5, TRUE, '税务局', 'ENTERED', 1),
('E0702', 'E07', '总税收和缴费率', '%', 'LOWER', 0.5, TRUE, '税务局', 'ENTERED', 2),
('E08', NULL, '跨境贸易', NULL, NULL, 5, TRUE, NULL, 'ENTERED', 8),
('E0801', 'E08', '出口边境合规时间', '小时', 'LOWER', 0.5, TRUE, '商务局', 'ENTERED', 1),
('E0802', 'E08', '进口边境合规时间', '小时', 'LOWER', 0.5, TRUE, '商务局', 'ENTERED', 2),
('E09', NULL, '执行合同', NULL, NULL, 6, TRUE, NULL, 'ENTERED', 9),
('E0901', 'E09', '解决商业纠纷用时', '天', 'LOWER', 0.5, TRUE, '人民法院', 'ENTERED', 1),
('E0902', 'E09', '司法程序质量指数', '分', 'HIGHER', 0.5, TRUE, '人民法院', 'ENTERED', 2),
('E10', NULL, '办理破产', NULL, NULL, 5, TRUE, NULL, 'ENTERED', 10),
('E1001', 'E10', '破产案件平均审理用时', '天', 'LOWER', 0.5, TRUE, '人民法院', 'ENTERED', 1),
('E1002', 'E10', '债权回收率', '%', 'HIGHER', 0.5, TRUE, '人民法院', 'ENTERED', 2),
('E11', NULL, '政府采购', NULL, NULL, 6, TRUE, NULL, 'ENTERED', 11),
('E1101', 'E11', '采购合同签订用时', '工作日', 'LOWER', 0.5, TRUE, '财政局', 'ENTERED', 1),
('E1102', 'E11', '电子化采购率', '%', 'HIGHER', 0.5, TRUE, '财政局', 'ENTERED', 2),
('E12', NULL, '招标投标', NULL, NULL, 6, TRUE, NULL, 'ENTERED', 12),
('E1201', 'E12', '全流程电子化率', '%', 'HIGHER', 0.5, TRUE, '发展和改革局', 'ENTERED', 1),
('E1202', 'E12', '投诉处理用时', '工作日', 'LOWER', 0.5, TRUE, '发展和改革局', 'ENTERED', 2),
('E13', NULL, '政务服务', NULL, NULL, 8, TRUE, NULL, 'ENTERED', 13),
('E1301', 'E13', '一网通办率', '%', 'HIGHER', 0.5, TRUE, '政务服务和数据管理局', 'ENTERED', 1),
('E1302', 'E13', '好差评满意率', '%', 'HIGHER', 0.5, TRUE, '政务服务和数据管理局', 'ENTERED', 2),
('E14', NULL, '知识产权', NULL, NULL, 5, TRUE, NULL, 'ENTERED', 14),
('E1401', 'E14', '每万人高价值发明专利拥有量', '件', 'HIGHER', 0.5, TRUE, '市场监督管理局', 'ENTERED', 1),
('E1402', 'E14', '知识产权质押融资额', '万元', 'HIGHER', 0.5, TRUE, '市场监督管理局', 'ENTERED', 2),
('E15', NULL, '投资项目审批', NULL, NULL, 8, FALSE, NULL, 'ENTERED', 15),
('E1501', 'E15', '审批平均用时', '工作日', 'LOWER', 0.5, FALSE, '发展和改革局', 'APPROVAL_DAYS', 1),
('E1502', 'E15', '审批按时办结率', '%', 'HIGHER', 0.5, FALSE, '发展和改革局', 'APPROVAL_ON_TIME', 2),
('E16', NULL, '信用监管', NULL, NULL, 8, FALSE, NULL, 'ENTERED', 16),
('E1601', 'E16', '双公示按时公示率', '%', 'HIGHER', 1, FALSE, '发展和改革局', 'ENTERED', 1);

-- 招商引资: industry chains and exchange rates as data; trips, signing events, leads with the date of every stage they
-- reached, negotiations, signings and funds in place. The rules (counting at first signing, stage order, stalling)
-- live in the Lead aggregate; these columns hold what it decided, and queries filter on them.

-- Industry chains (产业链) a city organises its attraction work by; a city may keep its own list.
CREATE TABLE attraction_chain
(
  code       VARCHAR(30) PRIMARY KEY,
  name       VARCHAR(50) NOT NULL,
  sort_order INT         NOT NULL
);
INSERT INTO attraction_chain (code, name, sort_order) VALUES
  ('EQUIPMENT', '高端装备制造', 1), ('NEW_MATERIALS', '新材料', 2), ('ELECTRONICS', '电子信息', 3),
  ('BIOMEDICINE', '生物医药', 4), ('NEW_ENERGY', '新能源', 5), ('AUTO_PARTS', '汽车及零部件', 6),
  ('DIGITAL', '数字经济', 7), ('FOOD', '绿色食品', 8), ('MODERN_SERVICES', '现代服务业', 9),
  ('CULTURE_TOURISM', '文旅康养', 10), ('OTHER', '其他', 99);

-- Exchange rates (中间价) entered by staff: yuan per unit of the currency, which is also 万元 per 万 of it.
CREATE TABLE attraction_exchange_rate
(
  currency   VARCHAR(3)     NOT NULL,
  rate_date  DATE           NOT NULL,
  rate       NUMERIC(12, 6) NOT NULL CHECK (rate > 0),
  source     VARCHAR(100),
  entered_by VARCHAR(50)    NOT NULL,
  entered_at TIMESTAMPTZ    NOT NULL DEFAULT now(),
  PRIMARY KEY (currency, rate_date)
);

-- 外出招商: a delegation's trip; principal = led by the region's principal Party or government leaders (党政主要领导).
CREATE TABLE attraction_trip
(
  id          BIGSERIAL    PRIMARY KEY,
  region_code VARCHAR(6)   NOT NULL REFERENCES region (code),
  started_on  DATE         NOT NULL,
  ended_on    DATE         NOT NULL,
  principal   BOOLEAN      NOT NULL,
  leaders     VARCHAR(200) NOT NULL,
  delegation  TEXT,
  destination VARCHAR(200) NOT NULL,
  visited     TEXT,
  created_by  VARCHAR(50)  NOT NULL,
  created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
  CHECK (ended_on >= started_on)
);
CREATE INDEX attraction_trip_period_idx ON attraction_trip (started_on, region_code);

-- 签约活动: an event where projects were signed; major = 省级以上 (as its level says).
CREATE TABLE attraction_event
(
  id          BIGSERIAL    PRIMARY KEY,
  name        VARCHAR(200) NOT NULL,
  held_on     DATE         NOT NULL,
  level       VARCHAR(12)  NOT NULL,
  major       BOOLEAN      NOT NULL,
  organizer   VARCHAR(200),
  location    VARCHAR(200),
  region_code VARCHAR(6)   NOT NULL REFERENCES region (code),
  created_by  VARCHAR(50)  NOT NULL,
  created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX attraction_event_period_idx ON attraction_event (held_on, region_code);

-- A lead (招商线索) from its discovery to full capacity. Each *_on column is the day it reached that stage (a stage
-- passed over is reached on the later stage's day); signed_on is its FIRST signing, the day it is counted as a signed
-- project; agreed_investment is the agreement in force (a contract replaces its framework's amount, a supplement
-- changes it). stalled_from is the day it counts as stalled unless it progresses (null once it has started or dropped).
CREATE TABLE attraction_lead
(
  id                   BIGSERIAL      PRIMARY KEY,
  investor_name        VARCHAR(200)   NOT NULL,
  investor_credit_code VARCHAR(18),
  foreign_registration VARCHAR(100),
  origin               VARCHAR(20)    NOT NULL,
  project_name         VARCHAR(200)   NOT NULL,
  industry_code        VARCHAR(4)     REFERENCES industry (code),
  chain                VARCHAR(30)    NOT NULL REFERENCES attraction_chain (code),
  intended_investment  NUMERIC(16, 2) NOT NULL CHECK (intended_investment >= 0),
  contact_person       VARCHAR(50),
  contact_phone        VARCHAR(30),
  source               VARCHAR(12)    NOT NULL,
  trip_id              BIGINT         REFERENCES attraction_trip (id),
  referrer_credit_code VARCHAR(18),
  source_note          VARCHAR(200),
  region_code          VARCHAR(6)     NOT NULL REFERENCES region (code),
  officer_id           BIGINT         NOT NULL,
  stage                VARCHAR(16)    NOT NULL,
  found_on             DATE           NOT NULL,
  negotiating_on       DATE,
  signed_on            DATE,
  registered_on        DATE,
  started_on           DATE,
  producing_on         DATE,
  full_capacity_on     DATE,
  agreement            VARCHAR(12),
  agreed_investment    NUMERIC(16, 2),
  agreed_usd           NUMERIC(16, 2),
  agreed_on            DATE,
  funds_in_place       NUMERIC(16, 2) NOT NULL DEFAULT 0,
  company_credit_code  VARCHAR(18),
  project_code         VARCHAR(30),
  dropped_on           DATE,
  drop_reason          TEXT,
  last_progress_on     DATE           NOT NULL,
  stalled_from         DATE,
  stall_notified       DATE,
  search_text          TEXT GENERATED ALWAYS AS (lower(investor_name || ' ' || project_name)) STORED,
  created_by           VARCHAR(50)    NOT NULL,
  created_at           TIMESTAMPTZ    NOT NULL DEFAULT now(),
  version              INT            NOT NULL DEFAULT 0
);
CREATE INDEX attraction_lead_signed_idx ON attraction_lead (signed_on, region_code) WHERE signed_on IS NOT NULL;
CREATE INDEX attraction_lead_found_idx ON attraction_lead (found_on, region_code);
CREATE INDEX attraction_lead_region_idx ON attraction_lead (region_code varchar_pattern_ops, id);
CREATE INDEX attraction_lead_officer_idx ON attraction_lead (officer_id, stage, id);
CREATE INDEX attraction_lead_stage_idx ON attraction_lead (stage, id);
CREATE INDEX attraction_lead_stalled_idx ON attraction_lead (stalled_from) WHERE stalled_from IS NOT NULL;
CREATE INDEX attraction_lead_trip_idx ON attraction_lead (trip_id) WHERE trip_id IS NOT NULL;
CREATE INDEX attraction_lead_company_idx ON attraction_lead (company_credit_code) WHERE company_credit_code IS NOT NULL;
CREATE INDEX attraction_lead_project_idx ON attraction_lead (project_code) WHERE project_code IS NOT NULL;
CREATE INDEX attraction_lead_search_trgm_idx ON attraction_lead USING gin (search_text gin_trgm_ops);

-- 洽谈会: one meeting may discuss several leads.
CREATE TABLE attraction_negotiation
(
  id           BIGSERIAL    PRIMARY KEY,
  held_on      DATE         NOT NULL,
  region_code  VARCHAR(6)   NOT NULL REFERENCES region (code),
  topic        VARCHAR(200) NOT NULL,
  participants TEXT,
  outcome      TEXT,
  next_step    TEXT,
  created_by   VARCHAR(50)  NOT NULL,
  created_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX attraction_negotiation_period_idx ON attraction_negotiation (held_on, region_code);

CREATE TABLE attraction_negotiation_lead
(
  negotiation_id BIGINT NOT NULL REFERENCES attraction_negotiation (id) ON DELETE CASCADE,
  lead_id        BIGINT NOT NULL REFERENCES attraction_lead (id),
  PRIMARY KEY (negotiation_id, lead_id)
);
CREATE INDEX attraction_negotiation_lead_idx ON attraction_negotiation_lead (lead_id);

-- Agreements signed for a lead. counted marks the first one (the project is counted once, there); amount is the
-- investment agreed by it in 万元 (a supplement: the amount after it); a dollar agreement keeps its 万美元 and the rate.
CREATE TABLE attraction_signing
(
  id             BIGSERIAL      PRIMARY KEY,
  lead_id        BIGINT         NOT NULL REFERENCES attraction_lead (id),
  type           VARCHAR(12)    NOT NULL,
  signed_on      DATE           NOT NULL,
  amount         NUMERIC(16, 2) NOT NULL CHECK (amount > 0),
  amount_usd     NUMERIC(16, 2),
  rate           NUMERIC(12, 6),
  rate_date      DATE,
  counted        BOOLEAN        NOT NULL,
  event_id       BIGINT         REFERENCES attraction_event (id),
  site           VARCHAR(200),
  land_area      NUMERIC(12, 2),
  expected_start DATE,
  created_by     VARCHAR(50)    NOT NULL,
  created_at     TIMESTAMPTZ    NOT NULL DEFAULT now()
);
CREATE INDEX attraction_signing_lead_idx ON attraction_signing (lead_id, signed_on);
CREATE INDEX attraction_signing_event_idx ON attraction_signing (event_id) WHERE event_id IS NOT NULL;
CREATE UNIQUE INDEX attraction_signing_counted_idx ON attraction_signing (lead_id) WHERE counted;

-- 到位资金 reported by the officer (money in place that is not the key project's reported investment).
CREATE TABLE attraction_funds
(
  id          BIGSERIAL      PRIMARY KEY,
  lead_id     BIGINT         NOT NULL REFERENCES attraction_lead (id),
  arrived_on  DATE           NOT NULL,
  amount      NUMERIC(16, 2) NOT NULL CHECK (amount > 0),
  note        VARCHAR(200),
  created_by  VARCHAR(50)    NOT NULL,
  created_at  TIMESTAMPTZ    NOT NULL DEFAULT now()
);
CREATE INDEX attraction_funds_lead_idx ON attraction_funds (lead_id, arrived_on);

-- 民间投资项目推介: projects offered to private capital and the interest investors register on the public page.
CREATE TABLE be_investment_offer
(
  id               BIGSERIAL PRIMARY KEY,
  title            VARCHAR(200)   NOT NULL,
  project_code     VARCHAR(30),
  region_code      VARCHAR(6)     NOT NULL REFERENCES region (code),
  sector           VARCHAR(20)    NOT NULL,
  total_investment NUMERIC(16, 2) NOT NULL CHECK (total_investment > 0),
  mode             VARCHAR(20)    NOT NULL CHECK (mode IN ('PPP', 'FRANCHISE', 'EQUITY', 'JOINT_VENTURE', 'OTHER')),
  contact_name     VARCHAR(50)    NOT NULL,
  contact_phone    VARCHAR(30)    NOT NULL,
  description      VARCHAR(2000),
  status           VARCHAR(10)    NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED')),
  published_on     DATE,
  created_by       VARCHAR(50)    NOT NULL,
  created_at       TIMESTAMPTZ    NOT NULL DEFAULT now()
);
CREATE INDEX be_investment_offer_status_idx ON be_investment_offer (status, published_on DESC, id DESC);

CREATE TABLE be_investment_interest
(
  id            BIGSERIAL PRIMARY KEY,
  offer_id      BIGINT       NOT NULL REFERENCES be_investment_offer (id),
  investor_name VARCHAR(200) NOT NULL,
  credit_code   VARCHAR(18)  NOT NULL,
  contact_name  VARCHAR(50)  NOT NULL,
  contact_phone VARCHAR(30)  NOT NULL,
  message       VARCHAR(500),
  client_ip     VARCHAR(45)  NOT NULL,
  created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
  CONSTRAINT be_investment_interest_once UNIQUE (offer_id, credit_code)
);
CREATE INDEX be_investment_interest_ip_idx ON be_investment_interest (client_ip, created_at);
CREATE INDEX be_investment_interest_time_idx ON be_investment_interest (created_at);

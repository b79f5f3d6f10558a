-- 失信联合惩戒对象名单 (dishonesty list), kept by the credit section. Removal (信用修复) keeps the row.
CREATE TABLE credit_blacklist
(
  id              BIGSERIAL PRIMARY KEY,
  entity_name     VARCHAR(200) NOT NULL,
  credit_code     VARCHAR(18)  NOT NULL,
  list_type       VARCHAR(100) NOT NULL,
  reason          TEXT         NOT NULL,
  source_document VARCHAR(300) NOT NULL,
  valid_from      DATE         NOT NULL,
  valid_to        DATE,
  created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
  created_by      VARCHAR(50)  NOT NULL,
  removed_at      TIMESTAMPTZ,
  removed_by      VARCHAR(50),
  removal_reason  TEXT,
  CONSTRAINT credit_blacklist_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX credit_blacklist_code_idx ON credit_blacklist (credit_code);

-- 行政许可 双公示 records with the national data items (XK_*); due for publication 7 working days after the decision.
CREATE TABLE credit_licence
(
  id             BIGSERIAL PRIMARY KEY,
  application_id BIGINT,
  region_code    VARCHAR(6)   NOT NULL,
  xk_xdr_mc      VARCHAR(200) NOT NULL,
  xk_xdr_shxym   VARCHAR(18)  NOT NULL,
  xk_xkws        VARCHAR(300) NOT NULL,
  xk_wsh         VARCHAR(100) NOT NULL,
  xk_xklb        VARCHAR(20)  NOT NULL,
  xk_nr          TEXT         NOT NULL,
  xk_jdrq        DATE         NOT NULL,
  xk_yxqz        DATE         NOT NULL,
  xk_yxqzi       DATE         NOT NULL,
  xk_xkjg        VARCHAR(200) NOT NULL,
  xk_xkjgdm      VARCHAR(18)  NOT NULL,
  xk_zt          VARCHAR(2)   NOT NULL,
  xk_lydw        VARCHAR(200) NOT NULL,
  xk_lydwdm      VARCHAR(18)  NOT NULL,
  due_date       DATE         NOT NULL,
  published_at   TIMESTAMPTZ,
  published_by   VARCHAR(50),
  created_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX credit_licence_jdrq_idx ON credit_licence (xk_jdrq);
CREATE INDEX credit_licence_holder_idx ON credit_licence (xk_xdr_shxym);

-- 行政处罚 双公示 records (CF_*). cf_gsjzq is computed from the category; repair may end publication early.
CREATE TABLE credit_penalty
(
  id                  BIGSERIAL PRIMARY KEY,
  region_code         VARCHAR(6)     NOT NULL,
  category            VARCHAR(30)    NOT NULL,
  cf_xdr_mc           VARCHAR(200)   NOT NULL,
  cf_xdr_shxym        VARCHAR(18),
  cf_xdr_zjhm         VARCHAR(18),
  cf_wsh              VARCHAR(100)   NOT NULL,
  cf_wfxw             VARCHAR(300)   NOT NULL,
  cf_sy               TEXT           NOT NULL,
  cf_yj               TEXT           NOT NULL,
  cf_cflb             VARCHAR(100)   NOT NULL,
  cf_nr               TEXT           NOT NULL,
  cf_nr_fk            NUMERIC(14, 2),
  cf_jdrq             DATE           NOT NULL,
  cf_yxq              DATE           NOT NULL,
  cf_gsjzq            DATE           NOT NULL,
  cf_cfjg             VARCHAR(200)   NOT NULL,
  cf_cfjgdm           VARCHAR(18)    NOT NULL,
  cf_sjly             VARCHAR(200)   NOT NULL,
  cf_sjlydm           VARCHAR(18)    NOT NULL,
  min_publication_end DATE           NOT NULL,
  due_date            DATE           NOT NULL,
  published_at        TIMESTAMPTZ,
  published_by        VARCHAR(50),
  repaired_at         TIMESTAMPTZ,
  repaired_by         VARCHAR(50),
  repair_reason       TEXT,
  created_at          TIMESTAMPTZ    NOT NULL DEFAULT now(),
  created_by          VARCHAR(50)    NOT NULL,
  CONSTRAINT credit_penalty_party CHECK (cf_xdr_shxym IS NOT NULL OR cf_xdr_zjhm IS NOT NULL)
);
CREATE INDEX credit_penalty_jdrq_idx ON credit_penalty (cf_jdrq);
CREATE INDEX credit_penalty_party_idx ON credit_penalty (cf_xdr_shxym);

-- 双公示 in the full exchanged standard (28 items per type): the party's category (行政相对人类别), the older
-- registration numbers, the legal representative and the identity documents, licence certificate name and number,
-- penalty confiscation amount and suspended/revoked licences, and a remark. Rows recorded before carry the category
-- their credit code implies (92… 个体工商户, a bare identity number 自然人, otherwise 法人及非法人组织).
ALTER TABLE credit_licence
  ADD COLUMN xk_xdr_lb   VARCHAR(20),
  ADD COLUMN xk_xdr_gszc VARCHAR(50),
  ADD COLUMN xk_xdr_zzjg VARCHAR(50),
  ADD COLUMN xk_xdr_swdj VARCHAR(50),
  ADD COLUMN xk_xdr_sydw VARCHAR(50),
  ADD COLUMN xk_xdr_shzz VARCHAR(50),
  ADD COLUMN xk_frdb     VARCHAR(50),
  ADD COLUMN xk_fr_zjlx  VARCHAR(30),
  ADD COLUMN xk_fr_zjhm  VARCHAR(50),
  ADD COLUMN xk_xdr_zjlx VARCHAR(30),
  ADD COLUMN xk_xdr_zjhm VARCHAR(50),
  ADD COLUMN xk_xkzs     VARCHAR(200),
  ADD COLUMN xk_xkbh     VARCHAR(100),
  ADD COLUMN bz          VARCHAR(500);
UPDATE credit_licence SET xk_xdr_lb = CASE WHEN xk_xdr_shxym LIKE '92%' THEN '个体工商户' ELSE '法人及非法人组织' END;
ALTER TABLE credit_licence ALTER COLUMN xk_xdr_lb SET NOT NULL;
ALTER TABLE credit_licence ALTER COLUMN xk_xdr_shxym DROP NOT NULL;

ALTER TABLE credit_penalty
  ADD COLUMN cf_xdr_lb   VARCHAR(20),
  ADD COLUMN cf_xdr_gszc VARCHAR(50),
  ADD COLUMN cf_xdr_zzjg VARCHAR(50),
  ADD COLUMN cf_xdr_swdj VARCHAR(50),
  ADD COLUMN cf_xdr_sydw VARCHAR(50),
  ADD COLUMN cf_xdr_shzz VARCHAR(50),
  ADD COLUMN cf_frdb     VARCHAR(50),
  ADD COLUMN cf_fr_zjlx  VARCHAR(30),
  ADD COLUMN cf_fr_zjhm  VARCHAR(50),
  ADD COLUMN cf_xdr_zjlx VARCHAR(30),
  ADD COLUMN cf_nr_wfff  NUMERIC(14, 6),
  ADD COLUMN cf_nr_zkdx  VARCHAR(300),
  ADD COLUMN bz          VARCHAR(500);
UPDATE credit_penalty SET cf_xdr_lb = CASE WHEN cf_xdr_shxym IS NULL THEN '自然人'
  WHEN cf_xdr_shxym LIKE '92%' THEN '个体工商户' ELSE '法人及非法人组织' END,
  cf_xdr_zjlx = CASE WHEN cf_xdr_zjhm IS NOT NULL THEN '身份证' END;
ALTER TABLE credit_penalty ALTER COLUMN cf_xdr_lb SET NOT NULL;
ALTER TABLE credit_penalty ALTER COLUMN cf_xdr_zjhm TYPE VARCHAR(50);

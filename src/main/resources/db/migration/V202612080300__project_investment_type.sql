-- 政府投资 or 企业投资 is now kept on the project (it decides the required 前期手续) instead of being inferred from the
-- funding mix on every read. Existing projects keep the type they were judged by until now: budget money
-- (中央预算内, 专项债 or 地方财政) made a project a government investment.
ALTER TABLE project ADD COLUMN investment_type varchar(20) NOT NULL DEFAULT 'ENTERPRISE'
    CHECK (investment_type IN ('GOVERNMENT', 'ENTERPRISE'));
UPDATE project SET investment_type = 'GOVERNMENT'
WHERE coalesce(fund_central, 0) > 0 OR coalesce(fund_special_bond, 0) > 0 OR coalesce(fund_local, 0) > 0;

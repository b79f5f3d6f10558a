-- The funnel and the summary's signed projects per region and month, kept by the attraction module in the same
-- transaction as each lead it stores (LeadMonthTotals): the leads found in a month with how far they have come since
-- (cohort FOUND), and the projects first signed in a month with what the signed cohort sums (cohort SIGNED). A
-- month-aligned period (the cockpit's, a year's, 1–N月) reads these rows instead of the period's leads.
CREATE TABLE attraction_lead_month
(
  cohort                      VARCHAR(6)     NOT NULL CHECK (cohort IN ('FOUND', 'SIGNED')),
  month                       DATE           NOT NULL,
  region_code                 VARCHAR(6)     NOT NULL,
  records                     BIGINT         NOT NULL,
  negotiating                 BIGINT         NOT NULL,
  signed                      BIGINT         NOT NULL,
  registered                  BIGINT         NOT NULL,
  started                     BIGINT         NOT NULL,
  producing                   BIGINT         NOT NULL,
  full_capacity               BIGINT         NOT NULL,
  agreed_investment           NUMERIC(20, 2) NOT NULL,
  funds_in_place              NUMERIC(20, 2) NOT NULL,
  outside_city                BIGINT         NOT NULL,
  outside_city_investment     NUMERIC(20, 2) NOT NULL,
  outside_province            BIGINT         NOT NULL,
  outside_province_investment NUMERIC(20, 2) NOT NULL,
  foreign_projects            BIGINT         NOT NULL,
  foreign_investment          NUMERIC(20, 2) NOT NULL,
  PRIMARY KEY (cohort, month, region_code)
);
-- The signed cohort's links to key projects (资金到位率) read from a small index instead of the cohort's rows.
CREATE INDEX attraction_lead_signed_project_idx ON attraction_lead (signed_on, region_code) INCLUDE (project_code)
    WHERE signed_on IS NOT NULL AND project_code IS NOT NULL;
-- The leads stored so far, summed as LeadMonthTotals.rebuild sums them.
WITH l AS (SELECT * FROM attraction_lead)
INSERT INTO attraction_lead_month AS t (cohort, month, region_code, records, negotiating, signed, registered, started,
  producing, full_capacity, agreed_investment, funds_in_place, outside_city, outside_city_investment, outside_province,
  outside_province_investment, foreign_projects, foreign_investment)
SELECT 'FOUND', date_trunc('month', l.found_on)::date, l.region_code, count(*), count(l.negotiating_on),
  count(l.signed_on), count(l.registered_on), count(l.started_on), count(l.producing_on),
  count(l.full_capacity_on), 0, 0, 0, 0, 0, 0, 0, 0
FROM l GROUP BY 2, 3
UNION ALL
SELECT 'SIGNED', date_trunc('month', l.signed_on)::date, l.region_code, count(*), 0, 0, count(l.registered_on),
  count(l.started_on), count(l.producing_on), count(l.full_capacity_on),
  coalesce(sum(l.agreed_investment), 0), coalesce(sum(l.funds_in_place), 0),
  count(*) FILTER (WHERE l.origin = 'OUTSIDE_CITY'),
  coalesce(sum(l.agreed_investment) FILTER (WHERE l.origin = 'OUTSIDE_CITY'), 0),
  count(*) FILTER (WHERE l.origin = 'OUTSIDE_PROVINCE'),
  coalesce(sum(l.agreed_investment) FILTER (WHERE l.origin = 'OUTSIDE_PROVINCE'), 0),
  count(*) FILTER (WHERE l.origin = 'FOREIGN'),
  coalesce(sum(l.agreed_investment) FILTER (WHERE l.origin = 'FOREIGN'), 0)
FROM l WHERE l.signed_on IS NOT NULL GROUP BY 2, 3
ON CONFLICT (cohort, month, region_code) DO UPDATE SET records = t.records + excluded.records,
  negotiating = t.negotiating + excluded.negotiating, signed = t.signed + excluded.signed,
  registered = t.registered + excluded.registered, started = t.started + excluded.started,
  producing = t.producing + excluded.producing, full_capacity = t.full_capacity + excluded.full_capacity,
  agreed_investment = t.agreed_investment + excluded.agreed_investment,
  funds_in_place = t.funds_in_place + excluded.funds_in_place, outside_city = t.outside_city + excluded.outside_city,
  outside_city_investment = t.outside_city_investment + excluded.outside_city_investment,
  outside_province = t.outside_province + excluded.outside_province,
  outside_province_investment = t.outside_province_investment + excluded.outside_province_investment,
  foreign_projects = t.foreign_projects + excluded.foreign_projects,
  foreign_investment = t.foreign_investment + excluded.foreign_investment;

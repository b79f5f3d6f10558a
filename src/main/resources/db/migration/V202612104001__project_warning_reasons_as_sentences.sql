-- A project warning's reasons are stored as message keys with arguments (org.fagai.shared.StoredText: §key|arg|…, a
-- backslash escaping |, itself and a leading #; several reasons as one §shared.list|#shared.reasonSeparator|… list), so
-- they read in the reader's language. The nightly refresh rewrites only the current year: the rows written before are
-- mapped here from the known Chinese sentences. A row with any reason not recognised stays as it was written.
CREATE OR REPLACE FUNCTION pg_temp.stored_arg(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(replace(replace(t, '\', '\\'), '|', '\|'), '^#', '\\#')
$$;

CREATE OR REPLACE FUNCTION pg_temp.milestone_key(name text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE name
    WHEN '立项（项目建议书/核准/备案）' THEN 'PROPOSAL' WHEN '可行性研究报告' THEN 'FEASIBILITY'
    WHEN '初步设计' THEN 'PRELIMINARY_DESIGN' WHEN '用地' THEN 'LAND' WHEN '环境影响评价' THEN 'EIA'
    WHEN '节能审查' THEN 'ENERGY_REVIEW' WHEN '建设工程规划许可' THEN 'PLANNING_PERMIT' WHEN '施工许可' THEN 'CONSTRUCTION_PERMIT'
  END
$$;

CREATE OR REPLACE FUNCTION pg_temp.warning_reason(r text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  m text[];
  names text[];
  start text;
BEGIN
  m := regexp_match(r, '^年度计划完成(-?[0-9.]+)%，落后序时进度(-?[0-9.]+)%共(-?[0-9.]+)个百分点$');
  IF m IS NOT NULL THEN
    RETURN '§project.warning.reason.behind|' || m[1] || '|' || m[2] || '|' || m[3];
  END IF;
  m := regexp_match(r, '^计划(\d{4})年(\d{1,2})月开工，(.*)$');
  IF m IS NOT NULL THEN
    start := m[1] || '|' || m[2] || '|' || m[1] || '-' || lpad(m[2], 2, '0');
    IF m[3] = '当月未开工' THEN
      RETURN '§project.warning.reason.notStarted|' || start;
    END IF;
    IF m[3] ~ '^已逾期\d+个月未开工$' THEN
      RETURN '§project.warning.reason.lateStart|' || start || '|' || substring(m[3] FROM '^已逾期(\d+)个月未开工$');
    END IF;
    IF m[3] ~ '^前期手续缺：.+$' THEN
      names := string_to_array(replace(substring(m[3] FROM '^前期手续缺：(.+)$'), '用地（预审与选址、规划许可、土地证）', '用地'), '、');
      IF EXISTS (SELECT 1 FROM unnest(names) n WHERE pg_temp.milestone_key(n) IS NULL) THEN
        RETURN NULL;
      END IF;
      RETURN '§project.warning.reason.missingMilestones|' || start || '|' || pg_temp.stored_arg('§shared.list|#shared.listSeparator|'
          || (SELECT string_agg('#project.milestone.kind.' || pg_temp.milestone_key(n), '|' ORDER BY i)
              FROM unnest(names) WITH ORDINALITY AS u(n, i)));
    END IF;
    RETURN NULL;
  END IF;
  m := regexp_match(r, '^开工(\d+)个月仍未入库$');
  IF m IS NOT NULL THEN
    RETURN '§project.warning.reason.unregistered|' || m[1];
  END IF;
  m := regexp_match(r, '^项目停工（(\d{4}-\d{2}-\d{2})起：(.*)）$');
  IF m IS NOT NULL THEN
    RETURN '§project.warning.reason.stopped|' || m[1] || '|' || pg_temp.stored_arg(m[2]);
  END IF;
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION pg_temp.warning_reasons(t text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  part text;
  mapped text;
  items text[] := ARRAY[]::text[];
BEGIN
  FOREACH part IN ARRAY string_to_array(t, '；') LOOP
    mapped := pg_temp.warning_reason(part);
    IF mapped IS NULL THEN
      RETURN t;
    END IF;
    items := items || mapped;
  END LOOP;
  IF cardinality(items) = 1 THEN
    RETURN items[1];
  END IF;
  RETURN '§shared.list|#shared.reasonSeparator|'
      || (SELECT string_agg(pg_temp.stored_arg(x), '|' ORDER BY i) FROM unnest(items) WITH ORDINALITY AS u(x, i));
END
$$;

UPDATE project_warning SET reasons = pg_temp.warning_reasons(reasons) WHERE reasons <> '' AND reasons NOT LIKE '§%';

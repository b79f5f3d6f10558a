-- A project's history (project_event.detail) is stored as message keys with arguments (org.fagai.shared.StoredText:
-- §key|arg|#labelKey, a backslash escaping |, itself and an argument's leading #), so it reads in the reader's language.
-- The lines written in Chinese before are mapped here from the four fixed sentences; a line not recognised stays as written.
CREATE OR REPLACE FUNCTION pg_temp.stored_arg(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT regexp_replace(replace(replace(t, '\', '\\'), '|', '\|'), '^#', '\\#')
$$;

CREATE OR REPLACE FUNCTION pg_temp.stage_label(name text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT '#project.stage.' || CASE name
    WHEN '谋划' THEN 'IDEA' WHEN '储备' THEN 'RESERVE' WHEN '前期' THEN 'PREPARATION' WHEN '在建' THEN 'CONSTRUCTION'
    WHEN '竣工' THEN 'COMPLETED' WHEN '投产' THEN 'OPERATING' WHEN '达产' THEN 'FULL_CAPACITY'
  END
$$;

CREATE OR REPLACE FUNCTION pg_temp.event_detail(kind text, d text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  stages CONSTANT text := '(谋划|储备|前期|在建|竣工|投产|达产)';
  m text[];
BEGIN
  IF kind = 'CREATE' THEN
    m := regexp_match(d, '^登记项目（' || stages || '）$');
    RETURN CASE WHEN m IS NULL THEN NULL ELSE '§project.event.created|' || pg_temp.stage_label(m[1]) END;
  END IF;
  IF kind = 'REGISTER' THEN
    RETURN CASE WHEN d = '纳入固定资产投资统计库（入库）' THEN '§project.event.registered' END;
  END IF;
  IF kind = 'CODE' THEN
    m := regexp_match(d, '^项目代码 (\S+) → (\S+)$');
    RETURN CASE WHEN m IS NULL THEN NULL
      ELSE '§project.event.code|' || pg_temp.stored_arg(m[1]) || '|' || pg_temp.stored_arg(m[2]) END;
  END IF;
  IF kind = 'STAGE' THEN
    m := regexp_match(d, '^' || stages || ' → ' || stages || '(（开工日期 (\d{4}-\d{2}-\d{2})）)?(；(.*))?$');
    IF m IS NULL THEN
      RETURN NULL;
    END IF;
    RETURN '§project.event.stage|' || pg_temp.stage_label(m[1]) || '|' || pg_temp.stage_label(m[2])
        || '|' || CASE WHEN m[4] IS NULL THEN '' ELSE pg_temp.stored_arg('§project.event.started|' || m[4]) END
        || '|' || CASE WHEN m[6] IS NULL OR btrim(m[6]) = '' THEN ''
                  ELSE pg_temp.stored_arg('§project.event.note|'
                      || CASE WHEN m[6] = '批量导入' THEN '#project.event.imported' ELSE pg_temp.stored_arg(m[6]) END) END;
  END IF;
  RETURN NULL;
END
$$;

UPDATE project_event SET detail = coalesce(pg_temp.event_detail(kind, detail), detail) WHERE detail NOT LIKE '§%';

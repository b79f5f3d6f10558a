#!/usr/bin/env bash
# Proves a backup restores: counts every table's rows and fingerprints the audit log, backs up, wipes the database
# (drop and create anew), restores, and compares. DESTROYS the database between backup and restore: run it on a
# test instance (e.g. a platform started on a scratch FAGAI_DATA_DIR), never on production.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=db-connection.sh
. "$here/db-connection.sh"

state() {
  "$PG_BIN/psql" -XAt -v ON_ERROR_STOP=1 <<'SQL'
SELECT table_name || '=' || (xpath('/row/c/text()',
         query_to_xml(format('SELECT count(*) AS c FROM %I', table_name), false, true, '')))[1]::text
FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name;
SELECT 'audit_log fingerprint=' || coalesce(md5(string_agg(a::text, '|' ORDER BY a.id)), 'empty') FROM audit_log a;
SQL
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
state > "$work/before.txt"
"$here/backup.sh" "$work/fagai.dump"
"$here/restore.sh" --replace "$work/fagai.dump"
state > "$work/after.txt"
if diff -u "$work/before.txt" "$work/after.txt"; then
  echo "一致：$(grep -c = "$work/before.txt") 项（各表行数与审计日志指纹）恢复前后相同"
else
  echo "不一致：见上面的差异" >&2
  exit 1
fi

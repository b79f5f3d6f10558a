#!/usr/bin/env bash
# Restores a backup written by pg-dump.sh (pg_dump) into an EMPTY database:
#   scripts/pg-restore.sh file.dump             into the database named by PGDATABASE (must hold no table)
#   scripts/pg-restore.sh --replace file.dump   the embedded (or PGDATABASE) database is dropped and created anew
#                                            first; stop every other instance before, restart them after
# The roles (fagai_owner, fagai_app) must exist on the target server (the embedded one always has them; see README).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
replace=false
if [ "${1:-}" = "--replace" ]; then replace=true; shift; fi
file="${1:?usage: scripts/pg-restore.sh [--replace] file.dump}"
[ -r "$file" ] || { echo "读不到备份文件 $file" >&2; exit 2; }
# shellcheck source=db-connection.sh
. "$here/db-connection.sh"

if $replace; then
  "$PG_BIN/psql" -X -v ON_ERROR_STOP=1 -d template1 -q \
    -c "DROP DATABASE IF EXISTS \"$PGDATABASE\" WITH (FORCE)" \
    -c "CREATE DATABASE \"$PGDATABASE\" OWNER fagai_owner ENCODING 'UTF8' TEMPLATE template0"
fi
tables="$("$PG_BIN/psql" -XAtc "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")"
if [ "$tables" != "0" ]; then
  echo "目标数据库 $PGDATABASE 不是空的（public 下有 $tables 张表）：请恢复到空库，或用 --replace" >&2
  exit 2
fi
"$PG_BIN/pg_restore" --exit-on-error --single-transaction --dbname="$PGDATABASE" "$file"
echo "恢复完成：$file → ${PGHOST}:${PGPORT:-5432}/$PGDATABASE"

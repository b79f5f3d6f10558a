#!/usr/bin/env bash
# The pg_dump way, for an external PostgreSQL whose client tools you have (scripts/backup.sh needs none):
# a consistent backup (one snapshot, taken while the platform runs) of the Fagai database:
#   scripts/pg-dump.sh [file]         default: backups/fagai-<yyyyMMdd-HHmmss>.dump (pg_dump custom format)
# Connection: see db-connection.sh (embedded by default; PGHOST etc. for an external database).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=db-connection.sh
. "$here/db-connection.sh"

file="${1:-backups/fagai-$(date +%Y%m%d-%H%M%S).dump}"
mkdir -p "$(dirname "$file")"
umask 077   # the dump holds password hashes and personal data
"$PG_BIN/pg_dump" --format=custom --compress=6 --file="$file.partial" --dbname="$PGDATABASE"
mv "$file.partial" "$file"
echo "备份完成：$file（$(du -h "$file" | cut -f1)）"

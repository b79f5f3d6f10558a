#!/usr/bin/env bash
# Restores a backup written by backup.sh into an EMPTY database and checks it (row counts of every table, the audit log):
#   FAGAI_DATA_DIR=/srv/fagai/data-restored scripts/restore.sh backups/fagai-20261206-0300.zip
# Embedded: a new, empty FAGAI_DATA_DIR (then start the platform on it). External: an empty database named by
# SPRING_DATASOURCE_URL, the roles created as in the README, SPRING_FLYWAY_USER/_PASSWORD the owner and
# SPRING_DATASOURCE_USERNAME the application's role. pg_dump's files: scripts/pg-restore.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
[ $# -eq 1 ] || { echo "用法：scripts/restore.sh <备份文件>" >&2; exit 2; }
# shellcheck source=fagai-jar.sh
. "$here/fagai-jar.sh"
exec "$JAVA" -jar "$FAGAI_JAR" restore "$1"

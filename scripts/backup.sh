#!/usr/bin/env bash
# A consistent backup of the Fagai database, taken while the platform runs (one snapshot), with no PostgreSQL client
# tools: the platform's own `java -jar fagai.jar backup` (COPY of every table through the JDBC driver).
#   scripts/backup.sh [file]     default: backups/fagai-<yyyyMMdd-HHmmss>.zip (owner-only file)
# Embedded database: FAGAI_DATA_DIR (default ./data). External: SPRING_DATASOURCE_URL with SPRING_FLYWAY_USER and
# SPRING_FLYWAY_PASSWORD (the owner role). pg_dump instead: scripts/pg-dump.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=fagai-jar.sh
. "$here/fagai-jar.sh"
exec "$JAVA" -jar "$FAGAI_JAR" backup "$@"

#!/usr/bin/env bash
# Proves today's backup restores: backs up the running platform (FAGAI_DATA_DIR, default ./data, or
# SPRING_DATASOURCE_URL), restores it into a scratch embedded database, and lets the restore check every table's row
# count and the audit log against the backup; the scratch directory is removed afterwards. The live database is only
# read. (CI runs the full backup, wipe, restore and compare on the packaged jar: CrashRecoveryIT.)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/backup.sh" "$work/fagai.zip"
(unset SPRING_DATASOURCE_URL; FAGAI_DATA_DIR="$work/restored" "$here/restore.sh" "$work/fagai.zip")

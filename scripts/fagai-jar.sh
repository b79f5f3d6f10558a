# Sourced by backup.sh and restore.sh: FAGAI_JAR is the platform's jar (default: the one `./mvnw package` built).
if [ -z "${FAGAI_JAR:-}" ]; then
  for candidate in "$(dirname "$0")"/../target/fagai-*.jar; do
    case "$candidate" in *-plain.jar|*.original) ;; *) [ -f "$candidate" ] && FAGAI_JAR="$candidate" ;; esac
  done
fi
[ -n "${FAGAI_JAR:-}" ] && [ -f "$FAGAI_JAR" ] || { echo "找不到平台的 jar：先 ./mvnw package，或设置 FAGAI_JAR" >&2; exit 2; }
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# Sourced by pg-dump.sh and pg-restore.sh (the pg_dump way; backup.sh and restore.sh need none of it): sets the libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE) and
# PG_BIN (where pg_dump/pg_restore/psql live).
#  - External database: set PGHOST (and PGPORT, PGDATABASE, PGUSER, PGPASSWORD) yourself; use the owner role
#    (fagai_owner) or a superuser.
#  - Embedded database (the default): the running platform's server, found in ${FAGAI_DATA_DIR:-./data}/postgres:
#    its port in postmaster.pid (4th line), the superuser's password in fagai-passwords.properties.
# pg_dump refuses a server newer than itself: the embedded server is PostgreSQL 17, so the client tools must be 17 or
# newer (PG_BIN=/usr/lib/postgresql/17/bin, or on PATH).

if [ -z "${PGHOST:-}" ]; then
  data="${FAGAI_DATA_DIR:-./data}/postgres"
  [ -f "$data/postmaster.pid" ] || { echo "内置数据库未运行（$data/postmaster.pid 不存在）：先启动平台，或设置 PGHOST 指向外部数据库" >&2; exit 2; }
  [ -r "$data/fagai-passwords.properties" ] || { echo "读不到 $data/fagai-passwords.properties" >&2; exit 2; }
  export PGHOST=127.0.0.1
  PGPORT="$(sed -n 4p "$data/postmaster.pid" | tr -d '[:space:]')"
  export PGPORT
  export PGUSER=postgres
  PGPASSWORD="$(sed -n 's/^postgres=//p' "$data/fagai-passwords.properties" | tr -d '\r')"
  export PGPASSWORD
  export PGDATABASE=postgres
fi
export PGDATABASE="${PGDATABASE:-fagai}"

if [ -z "${PG_BIN:-}" ]; then
  for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/pg_dump" ] && PG_BIN="$candidate"   # the glob sorts ascending: the newest wins
  done
fi
PG_BIN="${PG_BIN:-$(dirname "$(command -v pg_dump || echo /usr/bin/pg_dump)")}"

server_major="$("$PG_BIN/psql" -XAtc 'SHOW server_version_num' 2>/dev/null | cut -c1-2)" \
  || { echo "连接数据库失败（${PGHOST}:${PGPORT:-5432}/${PGDATABASE}，用户 ${PGUSER:-?}）" >&2; exit 2; }
[ -n "$server_major" ] || { echo "连接数据库失败（${PGHOST}:${PGPORT:-5432}/${PGDATABASE}）" >&2; exit 2; }
client_major="$("$PG_BIN/pg_dump" --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)*.*/\1/')"
if [ "$client_major" -lt "$server_major" ]; then
  echo "pg_dump $client_major 不能备份 PostgreSQL $server_major 服务器：安装 PostgreSQL $server_major 或更新版本的客户端，并设置 PG_BIN" >&2
  exit 2
fi

#!/usr/bin/env bash
# Builds the province data set in a PostgreSQL server of its own and loads it.
#
#   seeds/province/load.sh [pensioners] [audit_rows]      # defaults: 2000000 pensioners, as many audit rows
#
# Starts Debian's PostgreSQL 15 (PG_BIN, default /usr/lib/postgresql/15/bin) on 127.0.0.1:PROVINCE_PGPORT
# (default 55432) with its data in PROVINCE_PGDATA (default /tmp/civic-province/pgdata; an existing one is
# deleted), as the user postgres when run as root. Applies the Flyway migrations of src/main/resources/db/migration
# with psql, then runs generate.sql. Prints the time of each step and the database size. Stop the server with
#   seeds/province/load.sh stop
set -euo pipefail
cd "$(dirname "$0")/../.."

BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
DATA=${PROVINCE_PGDATA:-/tmp/civic-province/pgdata}
PORT=${PROVINCE_PGPORT:-55432}
DB=civic_province
AS=()
if [ "$(id -u)" = 0 ]; then AS=(runuser -u postgres --); fi

if [ "${1:-}" = stop ]; then
  "${AS[@]}" "$BIN/pg_ctl" -D "$DATA" -m fast stop
  exit 0
fi
PENSIONERS=${1:-2000000}
AUDIT_ROWS=${2:-$PENSIONERS}

if [ -f "$DATA/postmaster.pid" ]; then "${AS[@]}" "$BIN/pg_ctl" -D "$DATA" -m fast stop || true; fi
rm -rf "$DATA"
mkdir -p "$DATA"
if [ "$(id -u)" = 0 ]; then chown -R postgres "$(dirname "$DATA")"; fi
"${AS[@]}" "$BIN/initdb" -D "$DATA" -U civic --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
cat >> "$DATA/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$DATA'
shared_buffers = 512MB
work_mem = 32MB
maintenance_work_mem = 512MB
max_wal_size = 8GB
checkpoint_timeout = 30min
CONF
"${AS[@]}" "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w start >/dev/null
PSQL=("$BIN/psql" -X -q -h 127.0.0.1 -p "$PORT" -U civic -v ON_ERROR_STOP=1)
"${PSQL[@]}" -d postgres -c "create database $DB"

start=$(date +%s)
for f in $(ls src/main/resources/db/migration/V*__*.sql | sort -V); do
  "${PSQL[@]}" -d "$DB" -1 -f "$f" >/dev/null
done
echo "migrations applied: $(ls src/main/resources/db/migration/V*__*.sql | sort -V | tail -1)"
"${PSQL[@]}" -d "$DB" -v pensioners="$PENSIONERS" -v audit_rows="$AUDIT_ROWS" -f seeds/province/generate.sql
end=$(date +%s)
echo "loaded $PENSIONERS pensioners and $AUDIT_ROWS audit rows in $((end - start)) s"
echo "JDBC URL: jdbc:postgresql://127.0.0.1:$PORT/$DB (user civic, no password)"

#!/usr/bin/env bash
# Throughput of the production jar against the database's own rate on the same SQL, on this machine.
#
#   src/bench/benchmark.sh                 build, start everything, measure, print the table, stop everything
#   src/bench/benchmark.sh --soak          the same, then 5 minutes of mixed load: throughput, memory, the database's
#                                          CPU and the API's GC time per minute
#
# Options: --duration S (each measured run, default 15), --warmup S (before each query at least, default 20),
#   --warmup-max S (before each query at most, default 150: after --warmup, the query runs 10 s at a time until the
#   JIT compiled at most --jit-quiet methods (default 10) in the last 10 s, so that what is measured is the query's
#   own cost and not the compiler's, which takes a core of two for minutes after the load changes),
#   --warmup-all S (every query in turn before anything is measured, so that the JIT has compiled the paths;
#   default 180: the JIT of a 2-core machine under load takes minutes to compile the paths of five queries),
#   --connections N (default 16), --soak-minutes M (default 5, implies --soak), --soak-warmup S (the soak's mix
#   before its first minute, at least; default 120: the runs of one query each before it leave the JIT's profiles
#   fitted to that query, and the JIT adapts again to the mix for minutes), --soak-steady P (then the mix runs a
#   minute at a time until a minute's rate is within P % of the minute's before, default 5), --soak-steady-max S
#   (for at most S seconds, default 480), --no-build (reuse target/quarkus-app),
#   --only NAMES (comma-separated query names), --jfr FILE (record the API with Java Flight Recorder into FILE),
#   --serve S (start everything, print where it listens, keep it up S seconds for a profiler or curl, then stop),
#   --app DIR (the quarkus-app directory of another production build, e.g. of another commit; implies --no-build).
# Environment: BENCH_JAVA_OPTS (JVM options of the API; default: the production settings in README "Performance").
#
# It builds the jar with -Dproduction, starts a PostgreSQL server of its own (Debian's PostgreSQL 15 binaries) in a
# temporary directory, an identity provider of its own (a key pair made for the run, src/bench/BenchTokens.java),
# and the API with the production profile and the seed data; everything listens on 127.0.0.1 only. For each query
# it warms up, drives the API with wrk, then drives the SQL the API issues for that query (src/bench/sql) with
# pgbench, and prints requests per second, p50, p99, server CPU and SQL statements per request and the API's share
# of the SQL rate, and at the end the count of ERROR and WARN lines in the API's log. Everything it started is stopped
# on exit, and a watchdog ends the run if it ever overstays.
set -euo pipefail

# The whole script is one function, read before it runs: editing the file during a run cannot change that run.
main() {
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH="$ROOT/src/bench"
DURATION=15
WARMUP=20
WARMUP_MAX=150
JIT_QUIET=10
WARMUP_ALL=180
CONNECTIONS=16
SOAK=0
SOAK_MINUTES=5
SOAK_WARMUP=120
SOAK_STEADY=5
SOAK_STEADY_MAX=480
BUILD=1
ONLY=""
JFR=""
SERVE=0
APP=""
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
# The JVM settings of the production container (README "Performance"), and -XX:MaxRAM to size them as if the
# process were in that container (memory limit 768 MiB); without it the JVM sizes its heap from the whole machine.
JAVA_OPTS_DEFAULT="-XX:MaxRAM=768m -XX:MaxRAMPercentage=25 -Xmn48m -XX:+UseSerialGC -Xss512k -XX:MaxMetaspaceSize=192m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError"
JAVA_OPTS=${BENCH_JAVA_OPTS-$JAVA_OPTS_DEFAULT}

while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --warmup-max) WARMUP_MAX=$2; shift 2 ;;
    --jit-quiet) JIT_QUIET=$2; shift 2 ;;
    --warmup-all) WARMUP_ALL=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --soak) SOAK=1; shift ;;
    --soak-minutes) SOAK=1; SOAK_MINUTES=$2; shift 2 ;;
    --soak-warmup) SOAK_WARMUP=$2; shift 2 ;;
    --soak-steady) SOAK_STEADY=$2; shift 2 ;;
    --soak-steady-max) SOAK_STEADY_MAX=$2; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --only) ONLY=$2; shift 2 ;;
    --jfr) JFR=$(realpath -m "$2"); shift 2 ;;
    --serve) SERVE=$2; shift 2 ;;
    --app) APP=$(realpath "$2"); BUILD=0; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

# name | GraphQL body | token account (- for none) | pgbench file
QUERIES=(
  "area|area.json|-|area.sql"
  "servicePoints 50|points.json|-|points.sql"
  "servicePoints 50 + area, parent|points-area.json|-|points-area.sql"
  "myPensionStatus (resident1)|pension-status.json|resident1|pension-status.sql"
  "myWorkList 50 (worker1)|work-list.json|worker1|work-list.sql"
)

need() { command -v "$1" >/dev/null 2>&1 || { echo "benchmark: $1 is missing ($2)" >&2; exit 1; }; }
need java "a JDK 17 or newer"
need wrk "apt-get install -y wrk"
need pgbench "apt-get install -y postgresql-15 postgresql-contrib"
need curl "apt-get install -y curl"
[ -x "$PG_BIN/initdb" ] || { echo "benchmark: no PostgreSQL server in $PG_BIN (apt-get install -y postgresql-15 postgresql-contrib, or set PG_BIN)" >&2; exit 1; }

# Bounded in time: the measured runs, warm-ups, soak and start-up, with a generous margin.
QUERY_COUNT=${#QUERIES[@]}
WARMUP_MAX=$(( WARMUP_MAX > WARMUP ? WARMUP_MAX : WARMUP ))
LIMIT=$(( 600 + SERVE + WARMUP_ALL + QUERY_COUNT * (WARMUP_MAX + 10 + 2 * DURATION + 30) + SOAK * (SOAK_WARMUP + SOAK_STEADY_MAX + 60 + SOAK_MINUTES * 60 + 120) ))

WORK=$(mktemp -d /tmp/civic-bench.XXXXXX)
chmod 755 "$WORK"
PIDS=()
PG_STARTED=0
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  for pid in "${PIDS[@]}"; do
    pkill -TERM -P "$pid" 2>/dev/null || true
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [ "$PG_STARTED" = 1 ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$WORK/pgdata" -m fast -w stop >/dev/null 2>&1 || true
  fi
  if [ "$status" != 0 ] && [ -f "$WORK/api.log" ]; then
    echo "benchmark: failed; the API's last log lines:" >&2
    grep -m 5 -E 'ERROR|Exception' "$WORK/api.log" >&2 || true
    tail -n 5 "$WORK/api.log" >&2
    cp "$WORK/api.log" /tmp/civic-bench-api.log && echo "benchmark: the whole log is in /tmp/civic-bench-api.log" >&2
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

( sleep "$LIMIT"; echo "benchmark: stopped after ${LIMIT}s" >&2; kill -TERM $$ ) &
PIDS+=($!)
disown $!

free_port() { java "$BENCH/FreePort.java"; }
log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# --- The production jar
APP=${APP:-$ROOT/target/quarkus-app}
if [ "$BUILD" = 1 ] || [ ! -f "$APP/quarkus-run.jar" ]; then
  log "building the production jar"
  (cd "$ROOT" && ./mvnw -B -ntp -q package -Dproduction -DskipTests) >"$WORK/build.log" 2>&1 \
    || { tail -n 40 "$WORK/build.log" >&2; exit 1; }
fi
if ls "$APP/lib/main/" | grep -q embedded-postgresql; then
  echo "benchmark: $APP holds the embedded PostgreSQL: not a production build (drop --no-build)" >&2
  exit 1
fi

# --- PostgreSQL of its own, on 127.0.0.1 and a socket in the temporary directory
PG_PORT=$(free_port)
mkdir -p "$WORK/pgdata" "$WORK/socket"
[ "$(id -u)" = 0 ] && chown postgres "$WORK/pgdata" "$WORK/socket"
log "starting PostgreSQL ($("$PG_BIN/postgres" --version | awk '{print $3}')) on 127.0.0.1:$PG_PORT"
as_pg "$PG_BIN/initdb" -D "$WORK/pgdata" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" 2>&1 \
  || { cat "$WORK/initdb.log" >&2; exit 1; }
as_pg "$PG_BIN/pg_ctl" -D "$WORK/pgdata" -l "$WORK/socket/postgres.log" -w -t 60 start -o "-p $PG_PORT \
  -c listen_addresses=127.0.0.1 -c unix_socket_directories=$WORK/socket -c max_connections=60 \
  -c shared_buffers=128MB -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_utility=off \
  -c fsync=on -c synchronous_commit=on" >/dev/null
PG_STARTED=1
psql_pg() { as_pg "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$WORK/socket" -p "$PG_PORT" -U postgres "$@"; }
DB_PASSWORD=$(openssl rand -hex 16)
psql_pg -d postgres -c "create role civic login password '$DB_PASSWORD'" -c "create database civic owner civic"
psql_pg -d civic -c "create extension cube" -c "create extension earthdistance" -c "create extension pg_stat_statements"

# --- An identity provider of its own: a key pair made for this run, tokens for the demo accounts
OIDC_PORT=$(free_port)
java "$BENCH/BenchTokens.java" "$WORK/oidc" "$OIDC_PORT" civic-services resident1:resident worker1:worker \
  >"$WORK/oidc.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$OIDC_PORT/jwks.json" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -sf "http://127.0.0.1:$OIDC_PORT/.well-known/openid-configuration" >/dev/null \
  || { echo "benchmark: the identity provider did not start" >&2; cat "$WORK/oidc.log" >&2; exit 1; }

# --- The API, production profile, seed data loaded at start
API_PORT=$(free_port)
JFR_OPT=()
[ -n "$JFR" ] && JFR_OPT=("-XX:StartFlightRecording=filename=$JFR,settings=profile,dumponexit=true")
log "starting the API on 127.0.0.1:$API_PORT with: $JAVA_OPTS"
(
  cd "$WORK"
  export DB_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/civic" DB_USERNAME=civic DB_PASSWORD
  export OIDC_AUTH_SERVER_URL="http://127.0.0.1:$OIDC_PORT" OIDC_CLIENT_ID=civic-services
  export PII_HASH_KEY=$(openssl rand -base64 32) PII_ENCRYPTION_KEY=$(openssl rand -base64 32)
  export FACE_CHECK_ISSUER=bench-identity-verification FACE_CHECK_JWKS=$(cat "$WORK/oidc/jwks.json")
  export CIVIC_SEED_ENABLED=true CIVIC_SEED_DIRECTORY="$ROOT/seeds/data"
  export QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$API_PORT
  # As in the production container: two malloc arenas instead of up to eight per core (native memory of
  # the JIT compilers, the JDBC driver and Netty otherwise grows the resident size by a hundred MB and more).
  export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
  # shellcheck disable=SC2086
  exec java $JAVA_OPTS "${JFR_OPT[@]}" -jar "$APP/quarkus-run.jar"
) >"$WORK/api.log" 2>&1 &
API_PID=$!
PIDS+=($API_PID)
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$API_PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$API_PID" 2>/dev/null || { echo "benchmark: the API stopped during start" >&2; exit 1; }
  sleep 0.5
done
curl -sf "http://127.0.0.1:$API_PORT/q/health/ready" >/dev/null || { echo "benchmark: the API is not ready" >&2; exit 1; }
log "API ready: $(grep -o 'started in [0-9.]*s' "$WORK/api.log" | head -1)"

token_of() { [ "$1" = - ] && echo "" || cat "$WORK/oidc/$1.token"; }
graphql() { # body file, token account -> answer
  local token; token=$(token_of "$2")
  curl -s "http://127.0.0.1:$API_PORT/graphql" -H 'Content-Type: application/json' \
    ${token:+-H "Authorization: Bearer $token"} --data-binary @"$BENCH/queries/$1"
}

# Every query answers with data and without errors before anything is measured (the tokens are trusted).
for q in "${QUERIES[@]}"; do
  IFS='|' read -r name body account sql <<<"$q"
  answer=$(graphql "$body" "$account")
  if ! grep -q '"data":{"' <<<"$answer" || grep -q '"errors"' <<<"$answer"; then
    echo "benchmark: $name does not answer as expected:" >&2; echo "$answer" | head -c 600 >&2; echo >&2; exit 1
  fi
done
log "every query answers with data and no errors (tokens verified by the API)"

if [ "$SERVE" -gt 0 ]; then
  echo "API: http://127.0.0.1:$API_PORT/graphql (pid $API_PID); tokens: $WORK/oidc/*.token;"
  echo "database: $PG_BIN/psql -h $WORK/socket -p $PG_PORT -U postgres civic; up for ${SERVE}s"
  sleep "$SERVE" &
  PIDS+=($!)
  wait $!
  exit 0
fi

cpu_ticks() { awk '{print $14 + $15}' "/proc/$API_PID/stat"; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$API_PID/status"; }
PG_PID=$(as_pg head -n 1 "$WORK/pgdata/postmaster.pid")
pg_ticks() { # CPU of the PostgreSQL server: the postmaster, its processes alive and those it has reaped
  local total child
  total=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$PG_PID/stat")
  for child in $(pgrep -P "$PG_PID"); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$child/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
jstat_value() { # a jstat option, a column (0: the last) -> that value of the API's JVM (jstat comes with the JDK), or -
  { jstat "$1" "$API_PID" 2>/dev/null || true; } \
    | awk -v c="$2" 'NR == 2 {print (c ? $c : $NF); found = 1} END {if (!found) print "-"}'
}
gc_seconds() { jstat_value -gc 0; }       # the API's time in garbage collection so far, or -
compiled() { jstat_value -compiler 1; }   # methods the JIT has compiled so far, or -
difference() { # a value before, the value now, a printf format -> the difference in that format, or -
  awk -v a="$1" -v b="$2" -v f="$3" 'BEGIN { if (a == "-" || b == "-") print "-"; else printf f, b - a }'
}
per_request_ms() { # clock ticks of CPU, requests -> milliseconds of CPU per request
  awk -v t="$1" -v hz="$HZ" -v n="$2" 'BEGIN { printf "%.3f", t * 1000 / hz / n }'
}
statements() {
  psql_pg -d civic -At -c "select coalesce(sum(calls), 0) from pg_stat_statements s join pg_database d on d.oid = s.dbid
    where d.datname = 'civic' and s.query not ilike '%pg_stat_statements%'"
}
socket_errors() { # wrk's output -> its socket errors (connect, read, write, timeout) added up, 0 when none
  awk '/Socket errors/ {for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) n += $i} END {print n + 0}' <<<"$1"
}
to_ms() { # wrk's latency (e.g. 812.00us, 1.20ms, 1.02s) in milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}
wrk_run() { # seconds, body, account, extra wrk args... -> wrk output
  local seconds=$1 body=$2 account=$3; shift 3
  BENCH_BODY="$BENCH/queries/$body" BENCH_TOKEN=$(token_of "$account") \
    wrk -t2 -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s --latency -s "$BENCH/post.lua" "$@" \
    "http://127.0.0.1:$API_PORT/graphql"
}

HZ=$(getconf CLK_TCK)
: >"$WORK/mix.txt"
for q in "${QUERIES[@]}"; do
  IFS='|' read -r name body account sql <<<"$q"
  tokenfile=-
  [ "$account" != - ] && tokenfile="$WORK/oidc/$account.token"
  echo "$BENCH/queries/$body $tokenfile" >>"$WORK/mix.txt"
done
mixed_run() { # seconds -> wrk output, with the count of bad answers
  BENCH_MIX="$WORK/mix.txt" wrk -t2 -c"$CONNECTIONS" -d"${1}s" --timeout 10s --latency -s "$BENCH/mixed.lua" \
    "http://127.0.0.1:$API_PORT/graphql"
}
compiled_since() { # a count of compiled methods -> the methods compiled since, or -
  difference "$1" "$(compiled)" "%d"
}
until_quiet() { # a command taking seconds first, and its other arguments, run for 10 s at a time -> the seconds it ran
  # Runs it until the JIT compiled at most JIT_QUIET methods in its last 10 s, or for WARMUP_MAX - WARMUP s.
  local ran=0 since
  while [ "$ran" -lt $((WARMUP_MAX - WARMUP)) ]; do
    since=$(compiled)
    [ "$since" = - ] && break
    "$1" 10 "${@:2}" >/dev/null
    ran=$((ran + 10))
    [ "$(compiled_since "$since")" -le "$JIT_QUIET" ] && break
  done
  echo "$ran"
}
if [ "$WARMUP_ALL" -gt 0 ]; then
  log "warm-up: every query in turn for ${WARMUP_ALL}s"
  warm=$(mixed_run "$WARMUP_ALL")
  log "warm-up: $(awk '/Requests\/sec/ {print $2}' <<<"$warm") requests/s, $(awk '/Bad answers/ {print $3}' <<<"$warm") bad answers"
fi
ROWS=()
for q in "${QUERIES[@]}"; do
  IFS='|' read -r name body account sql <<<"$q"
  if [ -n "$ONLY" ] && ! grep -qi -- "$(echo "$name" | cut -d' ' -f1)" <<<"$ONLY"; then continue; fi
  log "$name: warm-up ${WARMUP}s, then until the JIT is quiet"
  wrk_run "$WARMUP" "$body" "$account" >/dev/null
  warmed=$((WARMUP + $(until_quiet wrk_run "$body" "$account")))
  psql_pg -d civic -At -c "select pg_stat_statements_reset()" >/dev/null
  before=$(cpu_ticks)
  compiled_before=$(compiled)
  log "$name: API ${DURATION}s after ${warmed}s of warm-up"
  out=$(wrk_run "$DURATION" "$body" "$account")
  after=$(cpu_ticks)
  jit=$(compiled_since "$compiled_before")
  stmts=$(statements)
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
  bad=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); bad=${bad:-0}
  errs=$(socket_errors "$out")
  cpu=$(per_request_ms $((after - before)) "$requests")
  per=$(awk -v s="$stmts" -v n="$requests" 'BEGIN { printf "%.1f", s / n }')
  log "$name: pgbench ${DURATION}s on $sql"
  tps=$(as_pg pgbench -n -M prepared -c "$CONNECTIONS" -j 2 -T "$DURATION" -h "$WORK/socket" -p "$PG_PORT" \
    -U postgres -f "$BENCH/sql/$sql" civic 2>&1 | awk '/^tps/ {print $3; exit}')
  share=$(awk -v a="$rps" -v b="$tps" 'BEGIN { printf "%.1f%%", 100 * a / b }')
  ROWS+=("$name|$(printf '%.0f' "$rps")|$p50 ms|$p99 ms|$cpu ms|$per|$(printf '%.0f' "$tps")|$share|$((bad + errs))|${warmed} s|$jit")
done

echo
echo "Benchmark of $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?') on $(date -u +%F), $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)),"
echo "$(java -version 2>&1 | head -1), PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}'), wrk -t2 -c$CONNECTIONS ${DURATION}s after ${WARMUP_ALL}s of"
echo "every query in turn and ${WARMUP} to ${WARMUP_MAX}s of the query itself (until the JIT compiled at most $JIT_QUIET methods in 10 s), pgbench -M prepared"
echo "-c$CONNECTIONS -j2 ${DURATION}s; CPU pressure (some, avg300) at the end: $(awk -F'avg300=' '/some/ {split($2, a, " "); print a[1] "%"}' /proc/pressure/cpu 2>/dev/null || echo '?')."
echo "JVM options: $JAVA_OPTS"
echo
echo "| query | API req/s | p50 | p99 | server CPU per request | SQL statements per request | pgbench tps, same SQL | API as share of SQL | errors | warm-up of the query | methods the JIT compiled during the run |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for row in "${ROWS[@]}"; do echo "| ${row//|/ | } |"; done
echo
echo "API resident memory after the runs: $(rss_mb) MB"

# --- The soak: every query in turn, minute by minute
if [ "$SOAK" = 1 ]; then
  warm_rps=0
  warm_bad=0
  if [ "$SOAK_WARMUP" -gt 0 ]; then
    log "soak: the same mix for ${SOAK_WARMUP}s before the first minute"
    warm=$(mixed_run "$SOAK_WARMUP")
    warm_rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$warm")
    warm_bad=$(awk '/Bad answers/ {print $3}' <<<"$warm")
  fi
  # Under a changed load the JIT goes on making the code faster for minutes after it compiles few methods: the
  # soak begins when the rate of a minute of the mix is within SOAK_STEADY % of the minute's before.
  log "soak: the same mix a minute at a time until its rate is steady"
  steady_rates=""
  previous=""
  steady_ran=0
  while [ "$steady_ran" -lt "$SOAK_STEADY_MAX" ]; do
    out=$(mixed_run 60)
    rate=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")
    warm_bad=$((warm_bad + $(awk '/Bad answers/ {print $3}' <<<"$out")))
    steady_ran=$((steady_ran + 60))
    steady_rates="${steady_rates:+$steady_rates, }$rate"
    if [ -n "$previous" ] && awk -v a="$previous" -v b="$rate" -v p="$SOAK_STEADY" \
      'BEGIN { d = 100 * (b - a) / a; exit !(d <= p && d >= -p) }'; then
      break
    fi
    previous=$rate
  done
  echo
  echo "Soak: $SOAK_MINUTES minutes of every query in turn, wrk -t2 -c$CONNECTIONS, after ${SOAK_WARMUP}s of the same" \
    "mix ($warm_rps requests/s, $warm_bad bad answers) and ${steady_ran}s more a minute at a time until a minute's" \
    "rate was within ${SOAK_STEADY}% of the minute's before (requests/s: $steady_rates)"
  echo
  echo "| minute | req/s | p50 | p99 | server CPU per request | PostgreSQL CPU per request | API's GC time | errors | resident memory | methods compiled by the JIT |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  first=""
  last=""
  total_bad=0
  for minute in $(seq 1 "$SOAK_MINUTES"); do
    before=$(cpu_ticks)
    pg_before=$(pg_ticks)
    gc_before=$(gc_seconds)
    compiled_before=$(compiled)
    out=$(mixed_run 60)
    after=$(cpu_ticks)
    pg_after=$(pg_ticks)
    gc=$(difference "$gc_before" "$(gc_seconds)" "%.2f s")
    requests=$(awk '/requests in/ {print $1}' <<<"$out")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    bad=$(awk '/Bad answers/ {print $3}' <<<"$out")
    errs=$(socket_errors "$out")
    total_bad=$((total_bad + bad + errs))
    cpu=$(per_request_ms $((after - before)) "$requests")
    p50=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
    p99=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
    pg_cpu=$(per_request_ms $((pg_after - pg_before)) "$requests")
    echo "| $minute | $(printf '%.0f' "$rps") | $p50 ms | $p99 ms | $cpu ms | $pg_cpu ms | $gc | $((bad + errs)) |" \
      "$(rss_mb) MB |" \
      "$(compiled_since "$compiled_before") |"
    [ -z "$first" ] && first=$rps
    last=$rps
  done
  echo
  awk -v f="$first" -v l="$last" -v e="$total_bad" 'BEGIN { printf "Last minute against the first: %+.1f%%; errors: %d\n", 100 * (l - f) / f, e }'
fi
echo
echo "API log: $(grep -c '"level":"ERROR"' "$WORK/api.log") ERROR and $(grep -c '"level":"WARN"' "$WORK/api.log") WARN lines" \
  "(the first ERROR, if any: $(grep -m 1 -o '"level":"ERROR","message":"[^"]*"' "$WORK/api.log" | sed 's/.*"message":"//; s/"$//' || true))"
if grep -q -E '"level":"(ERROR|WARN)"' "$WORK/api.log"; then
  cp "$WORK/api.log" /tmp/civic-bench-api.log && echo "The whole log is in /tmp/civic-bench-api.log"
fi
}

# On one line with the call: bash reads a script as it runs, and a file edited during a run must not run on.
main "$@"; exit $?

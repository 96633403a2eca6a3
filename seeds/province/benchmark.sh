#!/usr/bin/env bash
# Times the administrator's coverage and audit queries over HTTP against the province database that load.sh
# built and left running: the application runs in test mode (real signed tokens from the in-process OIDC
# provider) with its datasource pointed at that database instead of the embedded one, without the seed.
#
#   seeds/province/benchmark.sh [requests per query, default 200]
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PROVINCE_PGPORT:-55432}
LAST=$(ls src/main/resources/db/migration/V*__*.sql | sort -V | tail -1 | sed -E 's/.*\/V([0-9]+)__.*/\1/')
./mvnw -B -ntp test -Dtest=ProvinceBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:$PORT/civic_province" \
  -Dquarkus.datasource.username=civic -Dquarkus.datasource.password=civic \
  -Dcivic.seed.enabled=false \
  -Dquarkus.flyway.baseline-on-migrate=true -Dquarkus.flyway.baseline-version="$LAST" \
  -Dbench.requests="${1:-200}" | grep -E "BENCH|Tests run|ERROR" 

#!/usr/bin/env bash
# Start-up time and idle memory of the packaged app: starts it (JAVA_CMD, default `java -jar` on the jar in target/),
# polls /actuator/health/readiness until it answers UP, prints the seconds from launching the JVM to that answer,
# Boot's own "Started ... in X seconds", and the JVM's resident memory (RSS, embedded PostgreSQL apart) after a few
# idle seconds; then stops the app (SIGTERM, which also stops its embedded PostgreSQL).
#
#   bench/startup.sh /tmp/pg-start          # the first run on a missing directory is a first start, the next a restart
#
# PORT (default 8097), PG_PORT (default 54397), JAVA_OPTS (e.g. the CDS archive, -Xmx) and EXTRA_ARGS override.
# Loopback only, bounded in time: gives up after TIMEOUT seconds (default 120).
set -euo pipefail
data_dir=${1:?usage: bench/startup.sh DATA_DIR}
port=${PORT:-8097}
pg_port=${PG_PORT:-54397}
jar=${JAR:-$(ls target/ivb-planner-*.jar | head -1)}
log=$(mktemp)
first=no
[ -d "$data_dir" ] || first=yes

start=$(date +%s.%N)
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar "$jar" --server.port="$port" --app.embedded-postgres.port="$pg_port" \
  --app.embedded-postgres.data-dir="$data_dir" ${EXTRA_ARGS:-} >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -f "$log"' EXIT

until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q UP; do
  kill -0 "$pid" 2>/dev/null || { echo "the app stopped; its log:" >&2; tail -40 "$log" >&2; exit 1; }
  (( $(echo "$(date +%s.%N) - $start > ${TIMEOUT:-120}" | bc) )) && { echo "not ready after ${TIMEOUT:-120} s" >&2; exit 1; }
  sleep 0.1
done
ready=$(echo "$(date +%s.%N) - $start" | bc)
# CPU time the JVM spent until then (user + system): says more than the wall clock on a machine others keep busy
cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$pid/stat")
sleep 5
rss=$(awk '/VmRSS/ { printf "%d MB", $2 / 1024 }' "/proc/$pid/status")
started=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$log" | head -1)
printf 'first start: %s  ready after %.1f s, %s s CPU  (%s)  RSS after 5 s idle: %s  load: %s\n' \
  "$first" "$ready" "$cpu" "$started" "$rss" "$(cut -d' ' -f1-3 /proc/loadavg)"
grep -q 'Unable to use shared archive' "$log" && echo "the class data sharing archive was NOT used (another class path?)"
grep -q 'Starting AOT-processed' "$log" && echo "ahead of time (Spring AOT)"
[ -n "${KEEP_LOG:-}" ] && cp "$log" "$KEEP_LOG"
exit 0

#!/usr/bin/env bash
# Every reading page under load: requests per second and p50/p95 latency with 1, 16 and 64 connections, bytes on the
# wire (gzip asked, as a browser does), socket errors and time-outs, the CPU the app and its PostgreSQL spent per
# request (16 connections) and the app's resident memory, with a static file of the app as the ceiling, in one run.
# Measured with wrk against a running app (start it first, see README.md). Loopback only; about 20 minutes.
#
# CONNECTIONS (default "1 16 64"), BENCH_SECONDS (10 per measurement, after 3 s of warm-up), GZIP (1: ask for gzip),
# BENCH_PASSWORD and APP_PG_PORT (the embedded PostgreSQL's port, for the CPU count) override the defaults.
# ONLY=regex measures only the pages whose label matches.
#
# SQL statements per request: where the database has pg_stat_statements (bench/README.md, "Every reading page"), the
# script counts the statements of the 1-connection run (BEGIN and COMMIT left out) and divides by the requests. It
# reaches the embedded PostgreSQL with psql (PSQL) on APP_PG_PORT with the password in APP_PG_DATA/ivb-database-secret.
set -euo pipefail
base=${BASE_URL:-http://127.0.0.1:8080}
password=${BENCH_PASSWORD:-veilig-2026}
seconds=${BENCH_SECONDS:-10}
# an answer later than this counts as a time-out (wrk's default)
timeout=${BENCH_TIMEOUT:-2s}
read -r -a connections <<<"${CONNECTIONS:-1 16 64}"
here=$(dirname "$0")
command -v wrk >/dev/null || { echo "install wrk first: apt-get install -y wrk" >&2; exit 1; }
source "$here/sign-in.sh"

port=${base##*:}
port=${port%%/*}
app_pid=$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
pg_pid=$(pgrep -f "postgres .*-p ${APP_PG_PORT:-54391}( |$)" | head -1 || true)
ticks_per_second=$(getconf CLK_TCK)
psql_cmd=(${PSQL:-psql} -qAtX -h 127.0.0.1 -p "${APP_PG_PORT:-54391}" -U postgres postgres)
[[ -r "${APP_PG_DATA:-}/ivb-database-secret" ]] && export PGPASSWORD=$(cat "$APP_PG_DATA/ivb-database-secret")
statements_counted=$("${psql_cmd[@]}" -c "select 1 from pg_stat_statements limit 1" 2>/dev/null && echo yes || true)
sql() { "${psql_cmd[@]}" -c "$1"; }
# statements: every statement since the last reset, but the transaction brackets and the counting itself
statements() {
  sql "select coalesce(sum(calls), 0) from pg_stat_statements where query !~* '^(begin|commit|rollback|set |select pg_stat_statements)'"
}

# cpu_ticks: user and system time of the app, its PostgreSQL and their children (the backends), in clock ticks
cpu_ticks() {
  local pid total=0
  for pid in $app_pid $pg_pid $(for p in $app_pid $pg_pid; do pgrep -P "$p"; done); do
    [ -r "/proc/$pid/stat" ] || continue
    total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
  done
  echo "$total"
}
rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$app_pid/status"; }

# The highest resident memory of the app while the measurements run, sampled every second.
peak_file=$(mktemp)
rss_mb >"$peak_file"
idle_rss=$(cat "$peak_file")
( while sleep 1; do now=$(rss_mb); (( now > $(cat "$peak_file") )) && echo "$now" >"$peak_file"; done ) &
sampler=$!
trap 'kill $sampler 2>/dev/null; rm -f "$peak_file"' EXIT

declare -A sessions
session_of() {
  [[ "$1" == - ]] && return
  [[ -n "${sessions[$1]:-}" ]] || sessions[$1]=$(sign_in "$1")
  echo "${sessions[$1]}"
}

encoding=()
[[ "${GZIP:-1}" == 1 ]] && encoding=(-H "Accept-Encoding: gzip")
rijswijk=/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030
wassenaar=/gemeenten/wassenaar/kaders/ivb-2024-2027
public=/openbaar/wassenaar/kaders/ivb-2024-2027/plannen/2025
activity=$(curl -s -H "Cookie: SESSION=$(session_of adviseur.rijswijk)" "$base$rijswijk/plannen/2026" \
  | grep -o '/gemeenten/rijswijk/activiteiten/[0-9]*' | head -1)

# label|path|user (- for anonymous)
pages=(
  "static file (ceiling): voorbeeld-theme.css|/vendor/nl-design-system/voorbeeld-theme.css|-"
  "home|/|adviseur.rijswijk"
  "home of the administrator (every municipality)|/|beheerder"
  "municipality|/gemeenten/rijswijk|adviseur.rijswijk"
  "framework|$rijswijk|adviseur.rijswijk"
  "plan page Rijswijk 2026|$rijswijk/plannen/2026|adviseur.rijswijk"
  "search in the plan (zoek=jongeren)|$rijswijk/plannen/2026?zoek=jongeren|adviseur.rijswijk"
  "activity with its history|$activity|adviseur.rijswijk"
  "dashboard|$wassenaar/dashboard|manager.wassenaar"
  "region view|/regio|manager.wassenaar"
  "partner page (politie)|/regio/partners/politie|manager.wassenaar"
  "public index|/openbaar/wassenaar|-"
  "published report HTML|$public|-"
  "published report PDF|$public.pdf|-"
  "published verantwoording PDF|$public/verantwoording.pdf|-"
  "framework report HTML (public)|/openbaar/wassenaar/kaders/ivb-2024-2027|-"
  "framework report PDF (public)|/openbaar/wassenaar/kaders/ivb-2024-2027.pdf|-"
  "API: published plan (no key)|/api/v1/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025|-"
  "API: its activities, first page (no key)|/api/v1/gemeenten/wassenaar/kaders/ivb-2024-2027/plannen/2025/activiteiten|-"
  "open data: activiteiten.csv|/openbaar/wassenaar/open-data/activiteiten.csv|-"
  "open data: kpis.json|/openbaar/wassenaar/open-data/kpis.json|-"
  "council's report (raadslid)|$wassenaar/plannen/2025/rapport|raadslid.wassenaar"
  "council's report PDF (raadslid)|$wassenaar/plannen/2025/rapport.pdf|raadslid.wassenaar"
  "report HTML, live (advisor)|$wassenaar/plannen/2025/rapport|adviseur.wassenaar"
  "report PDF, live (advisor)|$wassenaar/plannen/2025/rapport.pdf|adviseur.wassenaar"
)

# measure CONNECTIONS PATH HEADER-ARGS...: warm-up, then wrk's summary line (see wrk-summary.lua) and CPU ms/request
measure() {
  local c=$1 path=$2 threads=1 before after out counted=
  shift 2
  ((c > 1)) && threads=2
  wrk -t$threads -c"$c" -d3s --timeout "$timeout" "$@" "${encoding[@]}" "$base$path" >/dev/null
  [[ -n "$statements_counted" && "$c" == 1 ]] && counted=1 && sql "select pg_stat_statements_reset()" >/dev/null
  before=$(cpu_ticks)
  out=$(wrk -t$threads -c"$c" -d"${seconds}s" --timeout "$timeout" -s "$here/wrk-summary.lua" "$@" "${encoding[@]}" \
    "$base$path" | grep '^SUMMARY')
  after=$(cpu_ticks)
  read -r _ requests rps p50 p95 p99 errors non2xx <<<"$out"
  per_request=-
  [[ -n "$counted" ]] && ((requests > 0)) && per_request=$(printf '%.1f' "$(echo "$(statements) / $requests" | bc -l)")
  echo "$rps $p50 $p95 $errors $non2xx $(echo "if ($requests > 0) ($after - $before) * 1000 / $ticks_per_second / $requests else 0" | bc -l) $per_request"
}

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), load average: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)," \
  "gzip: ${GZIP:-1}, municipalities on the administrator's home page: $(curl -s \
  -H "Cookie: SESSION=$(session_of beheerder)" "$base/" | grep -c 'href="/gemeenten/[a-z0-9-]*"' || true)," \
  "app RSS idle: ${idle_rss} MB"
header="| page | statements | bytes on the wire |"
rule="| --- | --- | --- |"
for c in "${connections[@]}"; do
  header+=" req/s ($c) | p50 ms ($c) | p95 ms ($c) |"
  rule+=" --- | --- | --- |"
done
echo "$header errors | CPU ms/request (16) | × static req/s (16) |"
echo "$rule --- | --- | --- |"
static16=
for page in "${pages[@]}"; do
  IFS='|' read -r label path user <<<"$page"
  [[ -n "${ONLY:-}" && ! "$label" =~ $ONLY ]] && continue
  cookie=()
  [[ "$user" != - ]] && cookie=(-H "Cookie: SESSION=$(session_of "$user")")
  read -r status bytes < <(curl -s -o /dev/null -w '%{http_code} %{size_download}\n' "${cookie[@]}" "${encoding[@]}" \
    "$base$path")
  [ "$status" = 200 ] || { echo "$label: $path answered $status" >&2; continue; }
  row="" errors=0 cpu16=0 rps16=0 counted=-
  for c in "${connections[@]}"; do
    read -r rps p50 p95 e n cpu per_request < <(measure "$c" "$path" "${cookie[@]}")
    row+=" $rps | $p50 | $p95 |"
    errors=$((errors + e + n))
    if [[ "$c" == 16 ]]; then cpu16=$cpu rps16=$rps; fi
    if [[ "$c" == 1 ]]; then counted=$per_request; fi
  done
  row="| $label | $counted | $bytes |$row"
  [[ -z "$static16" ]] && static16=$rps16
  printf '%s %s | %.2f | %.2f |\n' "$row" "$errors" "$cpu16" "$(echo "if ($static16 > 0) $rps16 / $static16 else 0" | bc -l)"
done
echo "app RSS: idle ${idle_rss} MB, highest under load $(cat "$peak_file") MB"

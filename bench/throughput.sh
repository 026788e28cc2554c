#!/usr/bin/env bash
# Throughput (requests per second) of a static file of the app, the largest plan page and a published report as HTML
# and as PDF, side by side in one run, with 1 and with 16 connections, measured with wrk against a running app
# (start it first, see README.md). Loopback only, bounded in time: about 4 minutes.
#
# GZIP=1 sends "Accept-Encoding: gzip" as a browser does (wrk sends none by default, so the app answers uncompressed).
# On a machine that other work keeps busy, requests per second say more about the others than about the app. So the
# script also counts the CPU time the app and its PostgreSQL spent per request (16-connection run): APP_PIDS names the
# processes to count, with their children (default: the java process listening on the port and, if found, the
# postmaster of the embedded database on APP_PG_PORT, default 54391).
set -euo pipefail
base=${BASE_URL:-http://127.0.0.1:8080}
user=${BENCH_USER:-adviseur.rijswijk}
password=${BENCH_PASSWORD:-veilig-2026}
seconds=${BENCH_SECONDS:-10}
command -v wrk >/dev/null || { echo "install wrk first: apt-get install -y wrk" >&2; exit 1; }

source "$(dirname "$0")/sign-in.sh"
session=$(sign_in "$user")
[ -n "$session" ] || { echo "sign-in as $user failed" >&2; exit 1; }

port=${base##*:}
port=${port%%/*}
pids=${APP_PIDS:-"$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2) \
$(pgrep -f "postgres .*-p ${APP_PG_PORT:-54391}( |$)" | head -1)"}
ticks_per_second=$(getconf CLK_TCK)

# cpu_ticks: user and system time of the app's processes and their children (PostgreSQL's backends), in clock ticks
cpu_ticks() {
  local pid total=0
  for pid in $pids $(for p in $pids; do pgrep -P "$p"; done); do
    [ -r "/proc/$pid/stat" ] || continue
    total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
  done
  echo "$total"
}

encoding=()
[[ "${GZIP:-0}" == 1 ]] && encoding=(-H "Accept-Encoding: gzip")

# label|path|signed in (1) or anonymous (0)
targets=(
  "static: voorbeeld-theme.css|/vendor/nl-design-system/voorbeeld-theme.css|0"
  "Rijswijk plan 2026 (signed in)|/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026|1"
  "published report HTML (Wassenaar 2025)|/openbaar/wassenaar/kaders/ivb-2024-2027/plannen/2025|0"
  "published report PDF (Wassenaar 2025)|/openbaar/wassenaar/kaders/ivb-2024-2027/plannen/2025.pdf|0"
  "published verantwoording PDF (Wassenaar 2025)|/openbaar/wassenaar/kaders/ivb-2024-2027/plannen/2025/verantwoording.pdf|0"
)

# rps CONNECTIONS PATH COOKIE-ARGS...: wrk's requests per second and the app's CPU milliseconds per request
# (warm-up first, then measured)
rps() {
  local connections=$1 path=$2 threads=1 before after out requests
  shift 2
  ((connections > 1)) && threads=2
  wrk -t$threads -c"$connections" -d3s --timeout 30s "$@" "${encoding[@]}" "$base$path" >/dev/null
  before=$(cpu_ticks)
  out=$(wrk -t$threads -c"$connections" -d"${seconds}s" --timeout 30s "$@" "${encoding[@]}" "$base$path")
  after=$(cpu_ticks)
  grep -E 'Non-2xx|Socket errors' <<<"$out" >&2 || true
  requests=$(awk '/requests in/ { print $1 }' <<<"$out")
  ((requests > 0)) || { echo "$path: no answer within ${seconds}s at $connections connections" >&2; echo "0 0"; return; }
  echo "$(awk '/Requests\/sec/ { print $2 }' <<<"$out") $(echo "($after - $before) * 1000 / $ticks_per_second / $requests" | bc -l)"
}

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), load average: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)," \
  "gzip: ${GZIP:-0}, CPU counted for processes: $(echo $pids)"
printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "request" "bytes sent" "req/s, 1 conn." "req/s, 16 conn." \
  "CPU ms/request" "× static (1)" "× static (16)" "× static (CPU)"
printf '| --- | --- | --- | --- | --- | --- | --- | --- |\n'
static1= static16= staticcpu=
for target in "${targets[@]}"; do
  IFS='|' read -r label path signed <<<"$target"
  cookie=()
  [[ "$signed" == 1 ]] && cookie=(-H "Cookie: JSESSIONID=$session")
  read -r status bytes < <(curl -s -o /dev/null -w '%{http_code} %{size_download}\n' "${cookie[@]}" "${encoding[@]}" \
    "$base$path")
  [ "$status" = 200 ] || { echo "$path answered $status" >&2; exit 1; }
  read -r one _ < <(rps 1 "$path" "${cookie[@]}")
  read -r sixteen cpu < <(rps 16 "$path" "${cookie[@]}")
  if [ -z "$static1" ]; then static1=$one static16=$sixteen staticcpu=$cpu; fi
  printf '| %s | %s | %s | %s | %.2f | %.2f | %.2f | %.2f |\n' "$label" "$bytes" "$one" "$sixteen" "$cpu" \
    "$(echo "$one / $static1" | bc -l)" "$(echo "$sixteen / $static16" | bc -l)" \
    "$(echo "if ($cpu > 0) $staticcpu / $cpu else 0" | bc -l)"
done

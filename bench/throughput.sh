#!/usr/bin/env bash
# Throughput (requests per second) of a static file of the app, the largest plan page and a published report as HTML
# and as PDF, side by side in one run, with 1 and with 16 connections, measured with wrk against a running app
# (start it first, see README.md). Loopback only, bounded in time: about 4 minutes.
#
# GZIP=1 sends "Accept-Encoding: gzip" as a browser does (wrk sends none by default, so the app answers uncompressed).
set -euo pipefail
base=${BASE_URL:-http://127.0.0.1:8080}
user=${BENCH_USER:-adviseur.rijswijk}
password=${BENCH_PASSWORD:-veilig-2026}
seconds=${BENCH_SECONDS:-10}
command -v wrk >/dev/null || { echo "install wrk first: apt-get install -y wrk" >&2; exit 1; }

source "$(dirname "$0")/sign-in.sh"
session=$(sign_in "$user")
[ -n "$session" ] || { echo "sign-in as $user failed" >&2; exit 1; }

encoding=()
[[ "${GZIP:-0}" == 1 ]] && encoding=(-H "Accept-Encoding: gzip")

# label|path|signed in (1) or anonymous (0)
targets=(
  "static: voorbeeld-theme.css|/vendor/nl-design-system/voorbeeld-theme.css|0"
  "Rijswijk plan 2026 (signed in)|/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026|1"
  "published report HTML (Wassenaar 2025)|/openbaar/wassenaar/kaders/ivb-2024-2027/plannen/2025|0"
  "published report PDF (Wassenaar 2025)|/openbaar/wassenaar/kaders/ivb-2024-2027/plannen/2025.pdf|0"
)

# rps CONNECTIONS PATH COOKIE-ARGS...: wrk's requests per second (warm-up first, then measured)
rps() {
  local connections=$1 path=$2 threads=1
  shift 2
  ((connections > 1)) && threads=2
  wrk -t$threads -c"$connections" -d3s --timeout 30s "$@" "${encoding[@]}" "$base$path" >/dev/null
  wrk -t$threads -c"$connections" -d"${seconds}s" --timeout 30s "$@" "${encoding[@]}" "$base$path" \
    | awk '/Requests\/sec/ { print $2 } /Non-2xx|Socket errors/ { print "wrk: " $0 > "/dev/stderr" }'
}

echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), load average: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc), gzip: ${GZIP:-0}"
printf '| %s | %s | %s | %s | %s | %s |\n' "request" "bytes sent" "req/s, 1 conn." "req/s, 16 conn." \
  "× static (1)" "× static (16)"
printf '| --- | --- | --- | --- | --- | --- |\n'
static1= static16=
for target in "${targets[@]}"; do
  IFS='|' read -r label path signed <<<"$target"
  cookie=()
  [[ "$signed" == 1 ]] && cookie=(-H "Cookie: JSESSIONID=$session")
  read -r status bytes < <(curl -s -o /dev/null -w '%{http_code} %{size_download}\n' "${cookie[@]}" "${encoding[@]}" \
    "$base$path")
  [ "$status" = 200 ] || { echo "$path answered $status" >&2; exit 1; }
  one=$(rps 1 "$path" "${cookie[@]}")
  sixteen=$(rps 16 "$path" "${cookie[@]}")
  if [ -z "$static1" ]; then static1=$one static16=$sixteen; fi
  printf '| %s | %s | %s | %s | %.2f | %.2f |\n' "$label" "$bytes" "$one" "$sixteen" \
    "$(echo "$one / $static1" | bc -l)" "$(echo "$sixteen / $static16" | bc -l)"
done

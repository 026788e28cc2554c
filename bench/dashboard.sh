#!/usr/bin/env bash
# Warm render time of the dashboard on the generated benchmark data (bench/generate-region-data.sql): one generated
# municipality's framework with 8 plans of 100 activities, among 400 municipalities. Signs in as the global admin
# 'beheerder' (demo accounts on). Loopback only, bounded in time.
set -euo pipefail
base=${BASE_URL:-http://127.0.0.1:8080}
password=${BENCH_PASSWORD:-veilig-2026}
command -v wrk >/dev/null || { echo "install wrk first: apt-get install -y wrk" >&2; exit 1; }

jar=$(mktemp)
token=$(curl -s -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=beheerder&password=$password&_csrf=$token" "$base/login"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")
rm -f "$jar"

pages=(
  "/gemeenten/bench-025/kaders/ivb-2023-2030/dashboard"
  "/gemeenten/bench-025/kaders/ivb-2023-2030/dashboard?jaar=2027"
  "/gemeenten/bench-025/kaders/ivb-2023-2030/plannen/2026"
)
for page in "${pages[@]}"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$session" "$base$page")
  [ "$status" = 200 ] || { echo "$page answered $status" >&2; exit 1; }
  wrk -t1 -c1 -d3s -H "Cookie: JSESSIONID=$session" "$base$page" >/dev/null   # warm up
  echo "== $page"
  wrk -t1 -c1 -d10s --latency -H "Cookie: JSESSIONID=$session" "$base$page" | grep -E 'Latency|50%|99%|Requests/sec'
done

#!/usr/bin/env bash
# Warm render time of the council report as PDF and HTML for the largest seeded plan (Rijswijk 2026, 84 activities),
# measured with wrk against a running app (start it first, see README.md). Loopback only, bounded in time.
set -euo pipefail
base=${BASE_URL:-http://127.0.0.1:8080}
user=${BENCH_USER:-adviseur.rijswijk}
password=${BENCH_PASSWORD:-veilig-2026}
command -v wrk >/dev/null || { echo "install wrk first: apt-get install -y wrk" >&2; exit 1; }

jar=$(mktemp)
token=$(curl -s -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=$user&password=$password&_csrf=$token" "$base/login"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")
rm -f "$jar"

plan=/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026
pdf=$(mktemp)
curl -s -H "Cookie: JSESSIONID=$session" -o "$pdf" "$base$plan/rapport.pdf"
echo "== $plan/rapport.pdf: $(wc -c <"$pdf") bytes, $(head -c 8 "$pdf" | tr -d '\n')"
rm -f "$pdf"
for page in "$plan/rapport.pdf" "$plan/rapport"; do
  wrk -t1 -c1 -d10s -H "Cookie: JSESSIONID=$session" "$base$page" >/dev/null   # warm up: JIT, font subsetting
  echo "== $page"
  wrk -t1 -c1 -d15s --latency -H "Cookie: JSESSIONID=$session" "$base$page" | grep -E 'Latency|50%|99%|Requests/sec'
done

#!/usr/bin/env bash
# Warm render time of the reading pages on the seeded data, measured with wrk against a running app
# (start it first with ./mvnw spring-boot:run; demo accounts on). Loopback only, bounded in time.
set -euo pipefail
base=${BASE_URL:-http://127.0.0.1:8080}
user=${BENCH_USER:-adviseur.rijswijk}
password=${BENCH_PASSWORD:-veilig-2026}
command -v wrk >/dev/null || { echo "install wrk first: apt-get install -y wrk" >&2; exit 1; }

source "$(dirname "$0")/sign-in.sh"
session=$(sign_in "$user")
rijswijk=/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030

# The evaluation page needs an adopted plan: with ADOPT_RIJSWIJK=1 the manager adopts Rijswijk 2026 first.
# This changes the database: use a throwaway one (APP_PG_DATA=./data/bench ./mvnw spring-boot:run).
if [[ "${ADOPT_RIJSWIJK:-0}" == 1 ]]; then
  manager=$(sign_in manager.rijswijk)
  token=$(curl -s -H "Cookie: JSESSIONID=$manager" "$base$rijswijk/plannen/2026/vaststellen" \
    | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//' || true)
  curl -s -H "Cookie: JSESSIONID=$manager" -o /dev/null -d "besluitdatum=10-02-2026&_csrf=$token" \
    "$base$rijswijk/plannen/2026/vaststellen" || true
fi

pages=(
  "$rijswijk/plannen/2026"
  "$rijswijk/plannen/2026?zoek=jongeren"
  "$rijswijk"
  "$rijswijk/dashboard"
  "/gemeenten/rijswijk"
)
if [[ "${ADOPT_RIJSWIJK:-0}" == 1 ]]; then
  pages+=("$rijswijk/plannen/2026/evaluatie")
fi
measure "${pages[@]}"

#!/usr/bin/env bash
# Warm render time of the dashboard on the generated benchmark data (bench/generate-region-data.sql): one generated
# municipality's framework with 8 plans of 100 activities, among 400 municipalities. Signs in as the global admin
# 'beheerder' (demo accounts on). Loopback only, bounded in time.
set -euo pipefail
base=${BASE_URL:-http://127.0.0.1:8080}
password=${BENCH_PASSWORD:-veilig-2026}
command -v wrk >/dev/null || { echo "install wrk first: apt-get install -y wrk" >&2; exit 1; }

source "$(dirname "$0")/sign-in.sh"
session=$(sign_in beheerder)

pages=(
  "/gemeenten/bench-025/kaders/ivb-2023-2030/dashboard"
  "/gemeenten/bench-025/kaders/ivb-2023-2030/dashboard?jaar=2027"
  "/gemeenten/bench-025/kaders/ivb-2023-2030/plannen/2026"
)
measure "${pages[@]}"

#!/usr/bin/env bash
# Warm render time of the region view on the generated benchmark data (bench/generate-region-data.sql), measured with
# wrk against a running app (see bench/README.md). Loopback only, bounded in time.
set -euo pipefail
base=${BASE_URL:-http://127.0.0.1:8080}
user=${BENCH_USER:-raadslid.wassenaar}
password=${BENCH_PASSWORD:-veilig-2026}
command -v wrk >/dev/null || { echo "install wrk first: apt-get install -y wrk" >&2; exit 1; }

source "$(dirname "$0")/sign-in.sh"
session=$(sign_in "$user")

pages=(
  "/regio"
  "/regio/partners/politie"
)
measure "${pages[@]}"

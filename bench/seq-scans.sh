#!/usr/bin/env bash
# Which reading page makes PostgreSQL read a big table from start to end? With the generated municipalities loaded
# (bench/generate-region-data.sql, N = 400), requests every reading page once, signed in as a reader of it, and lists per
# page every table of more than MIN_ROWS rows (default 10,000) whose sequential-scan counter grew. A page that lists
# none uses indexes (or small tables) only. See bench/README.md, "Sequential scans at N = 400".
#
# The counters (pg_stat_user_tables.seq_scan) are cumulative; a backend sends its counts to them at most once a second
# and at the latest about 10 s after it went idle (PostgreSQL 15 and later), so the script waits WAIT seconds (11) after
# each page and compares the counters before and after. Nothing else may use the database meanwhile: run it against
# the benchmark's own app and database. Every page is read once beforehand (a seeded plan's report is published on
# its first read, a write that is no part of reading it).
set -euo pipefail -f   # -f: no globbing of the '?' in pages' addresses
base=${BASE_URL:-http://127.0.0.1:8091}
password=${BENCH_PASSWORD:-veilig-2026}
pg_port=${APP_PG_PORT:-5491}
pg_data=${APP_PG_DATA:-./data/bench}
min_rows=${MIN_ROWS:-10000}
wait_seconds=${WAIT:-11}
psql_bin=${PSQL:-$(command -v psql || echo /usr/lib/postgresql/15/bin/psql)}
export PGPASSWORD=${PGPASSWORD:-$(cat "$pg_data/ivb-database-secret")}
sql() { "$psql_bin" -h 127.0.0.1 -p "$pg_port" -U postgres -X -At -F ' ' -c "$1"; }

source "$(dirname "$0")/sign-in.sh"
declare -A session
for user in beheerder raadslid.wassenaar adviseur.wassenaar adviseur.rijswijk manager.wassenaar; do
  session[$user]=$(sign_in "$user")
done

generated=${GENERATED:-bench-025}
[ "$(sql "select count(*) from municipality where slug = '$generated'")" = 1 ] \
  || { echo "no municipality $generated: load bench/generate-region-data.sql first" >&2; exit 1; }
seeded_activity=$(sql "select a.id from activity a join execution_plan p on p.id = a.plan_id
  join policy_framework f on f.id = p.framework_id where f.slug = 'ivb-2024-2027' and p.year = 2025 order by a.id limit 1")
generated_activity=$(sql "select a.id from activity a join execution_plan p on p.id = a.plan_id
  join policy_framework f on f.id = p.framework_id join municipality m on m.id = f.municipality_id
  where m.slug = '$generated' and p.year = 2026 and a.status_note is not null order by a.id limit 1")

wassenaar=/gemeenten/wassenaar/kaders/ivb-2024-2027
rijswijk=/gemeenten/rijswijk/kaders/strategisch-veiligheidsbeleid-2026-2030/plannen/2026
bench=/gemeenten/$generated/kaders/ivb-2023-2030
published=/openbaar/wassenaar/kaders/ivb-2024-2027/plannen/2025
# reader (- for nobody signed in) and page
reads=(
  "beheerder /"
  "raadslid.wassenaar /gemeenten/wassenaar"
  "beheerder /gemeenten/$generated"
  "raadslid.wassenaar $wassenaar"
  "beheerder $bench"
  "adviseur.rijswijk $rijswijk"
  "adviseur.rijswijk $rijswijk?zoek=jongeren"
  "raadslid.wassenaar $wassenaar/plannen/2025"
  "beheerder $bench/plannen/2026"
  "beheerder $bench/plannen/2026?zoek=jongeren"
  "manager.wassenaar $wassenaar/dashboard"
  "beheerder $bench/dashboard"
  "raadslid.wassenaar /regio"
  "raadslid.wassenaar /regio/partners/politie"
  "adviseur.wassenaar /gemeenten/wassenaar/activiteiten/$seeded_activity"
  "beheerder /gemeenten/$generated/activiteiten/$generated_activity"
  "- /openbaar/wassenaar"
  "adviseur.wassenaar $wassenaar/plannen/2025/rapport"
  "raadslid.wassenaar $wassenaar/plannen/2025/rapport"
  "adviseur.wassenaar $wassenaar/plannen/2025/rapport.pdf"
  "beheerder $bench/plannen/2026/rapport"
  "adviseur.wassenaar $wassenaar/plannen/2025/verantwoording"
  "- $published"
  "- $published.pdf"
  "- $published/verantwoording"
  "- /openbaar/wassenaar/kaders/ivb-2024-2027"
)

get() {
  local user=$1 page=$2 cookie=()
  [ "$user" = - ] || cookie=(-H "Cookie: SESSION=${session[$user]}")
  curl -s -o /dev/null -w '%{http_code}' --max-time 120 "${cookie[@]}" "$base$page"
}

counters() { sql "select relid, seq_scan from pg_stat_user_tables order by relid"; }

for read in "${reads[@]}"; do
  status=$(get $read)
  [ "$status" = 200 ] || { echo "$read answered $status" >&2; exit 1; }
done
sleep "$wait_seconds"
before=$(counters)
for read in "${reads[@]}"; do
  # a committed write changes the database snapshot, which the plan page keeps its rendered content by: without it
  # the page would be served from that cache and read nothing
  sql "select pg_current_xact_id()" >/dev/null
  get $read >/dev/null
  sleep "$wait_seconds"
  after=$(counters)
  scans=$(join <(echo "$before" | sort) <(echo "$after" | sort) | awk '$3 > $2 { printf "%s:%d ", $1, $3 - $2 }')
  before=$after
  big=""
  for scan in $scans; do
    relid=${scan%%:*}
    line=$(sql "select relname || ' (' || reltuples::bigint || ' rows)' from pg_class where oid = $relid
                and reltuples > $min_rows")
    [ -z "$line" ] || big+="$line x${scan##*:}; "
  done
  read -r user page <<<"$read"
  printf '%-84s %s\n' "$page ($user)" "${big:-none}"
done

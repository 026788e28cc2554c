# Sourced by the bench scripts: sign_in USER prints the session cookie's value for $base with $password.
sign_in() {
  local jar token
  jar=$(mktemp)
  token=$(curl -s -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=$1&password=$password&_csrf=$token" "$base/login"
  awk '$6 == "SESSION" { print $7 }' "$jar"
  rm -f "$jar"
}

# measure PATH...: warms each page up, then prints wrk's latency distribution for it with the session cookie.
measure() {
  local page status
  for page in "$@"; do
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$session" "$base$page")
    [ "$status" = 200 ] || { echo "$page answered $status (signed in?)" >&2; exit 1; }
    wrk -t1 -c1 -d3s -H "Cookie: SESSION=$session" "$base$page" >/dev/null   # warm up
    echo "== $page"
    wrk -t1 -c1 -d10s --latency -H "Cookie: SESSION=$session" "$base$page" | grep -E 'Latency|50%|99%|Requests/sec'
  done
}

#!/usr/bin/env bash
# responses.csv at scale: time to download the whole file and the app's peak memory, per build, alternating.
#
#   bench/responses-csv.sh [--responses 1000000] [--requests 3] [APP_DIR ...]
#
# Seeds (or reuses) /tmp/sma-bench/responses-N-<migration>.db with the bench's seed mode, starts each build on a
# copy of it with a bootstrap administrator, signs in through POST /api/v1/auth/login and times curl reading the CSV
# (the first download is a warm-up). Prints seconds per download, bytes, the SHA-256 of the body (equal bodies from two
# builds mean the same output; a build that still writes a date column differs) and VmHWM (peak RSS).
set -euo pipefail
responses=1000000 requests=3
while [[ $# -gt 0 && $1 == --* ]]; do
  case "$1" in
    --responses) responses=$2; shift 2 ;;
    --requests) requests=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
root=$(cd "$(dirname "$0")/.." && pwd)
dirs=("$@"); [[ ${#dirs[@]} -eq 0 ]] && dirs=("$root/src/SalesMarketingAlignment.Web/bin/Release/net10.0")
bench_dll="$root/bench/SalesMarketingAlignment.Benchmarks/bin/Release/net10.0/SalesMarketingAlignment.Benchmarks.dll"
dotnet "$bench_dll" seed "$responses" >/dev/null
seeded=$(ls -t /tmp/sma-bench/responses-"$responses"-*.db | head -1)
work=$(mktemp -d /tmp/sma-csv-XXXXXX)
pid=""
trap '[[ -n $pid ]] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    ss -ltn | awk '{print $4}' | grep -q ":$port\$" || { echo "$port"; return; }
  done
}
assessment=$(sqlite3 "$seeded" 'SELECT "Id" FROM "Assessments" LIMIT 1')
printf '%-50s %4s %10s %12s %-18s %10s %16s\n' build n "seconds" bytes sha256 "peak MB" "load avg"
for dir in "${dirs[@]}"; do
  cp "$seeded" "$work/run.db"; rm -f "$work/run.db-wal" "$work/run.db-shm"
  port=$(free_port)
  ( cd "$dir" && exec env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Default="Data Source=$work/run.db" \
      Logging__LogLevel__Default=Warning Bootstrap__AdminEmail=bench-admin@example.invalid \
      Bootstrap__AdminPassword='benchmark password only' dotnet SalesMarketingAlignment.Web.dll --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 ) &
  pid=$!
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz") == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
    sleep 0.1
  done
  token=$(curl -s -H 'Content-Type: application/json' -d '{"email":"bench-admin@example.invalid","password":"benchmark password only"}' \
    "http://127.0.0.1:$port/api/v1/auth/login" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
  url="http://127.0.0.1:$port/api/v1/assessments/$assessment/responses.csv"
  curl -s -o /dev/null -H "Authorization: Bearer $token" "$url"
  for i in $(seq 1 "$requests"); do
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    read -r seconds bytes < <(curl -s -o "$work/body.csv" -w '%{time_total} %{size_download}\n' -H "Authorization: Bearer $token" "$url")
    sum=$(sha256sum "$work/body.csv" | cut -c1-16)
    peak=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")
    printf '%-50s %4s %10s %12s %-18s %10s %16s\n' "$dir" "$i" "$seconds" "$bytes" "$sum" "$peak" "$load"
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
done

#!/usr/bin/env bash
# Cold start and memory at rest: how long from starting the process until GET /healthz answers 200 (the database
# migrated and written once, the first request served), and the resident memory (VmRSS) 10 s later, idle.
#
#   bench/startup.sh [--runs 5] [APP_DIR ...]
#
# Each APP_DIR holds a SalesMarketingAlignment.Web.dll (default: the Release build). Compare a plain build with a
# ReadyToRun publish:
#   dotnet publish src/SalesMarketingAlignment.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o /tmp/sma-r2r
# Runs alternate between the folders; each run uses a fresh copy of the 10,000-response bench database (created by
# the bench's submissions-db mode) on which the first folder's app has started once, unmeasured: each measured start
# is a restart of an installed app, as in production (migrations applied, roles and the Data Protection key in place).
set -euo pipefail
runs=5
if [[ ${1:-} == --runs ]]; then runs=$2; shift 2; fi
root=$(cd "$(dirname "$0")/.." && pwd)
dirs=("$@"); [[ ${#dirs[@]} -eq 0 ]] && dirs=("$root/src/SalesMarketingAlignment.Web/bin/Release/net10.0")
bench_dll="$root/bench/SalesMarketingAlignment.Benchmarks/bin/Release/net10.0/SalesMarketingAlignment.Benchmarks.dll"
work=$(mktemp -d /tmp/sma-startup-XXXXXX)
pid=""
trap '[[ -n $pid ]] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    ss -ltn | awk '{print $4}' | grep -q ":$port\$" || { echo "$port"; return; }
  done
}
dotnet "$bench_dll" submissions-db "$work/template.db" >/dev/null
# The first start of an installation (roles, first key) is not what is measured: do it once on the template.
start_app() { # dir db port
  ( cd "$1" && exec env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Default="Data Source=$2" \
      Logging__LogLevel__Default=Warning dotnet SalesMarketingAlignment.Web.dll --urls "http://127.0.0.1:$3" >/dev/null 2>&1 ) &
  pid=$!
}
wait_healthy() { # port dir
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/healthz") == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { echo "the app in $2 exited" >&2; exit 1; }
    sleep 0.01
  done
}
port=$(free_port)
start_app "${dirs[0]}" "$work/template.db" "$port"
wait_healthy "$port" "${dirs[0]}"
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
printf '%-4s %-60s %10s %12s %16s\n' run build "start ms" "RSS idle MB" "load avg"
for run in $(seq 1 "$runs"); do
  for dir in "${dirs[@]}"; do
    cp "$work/template.db" "$work/run.db"; rm -f "$work/run.db-wal" "$work/run.db-shm"
    port=$(free_port)
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    start=$(date +%s%N)
    start_app "$dir" "$work/run.db" "$port"
    wait_healthy "$port" "$dir"
    end=$(date +%s%N)
    sleep 10
    rss=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")
    kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
    printf '%-4s %-60s %10d %12s %16s\n' "$run" "$dir" $(( (end - start) / 1000000 )) "$rss" "$load"
  done
done

#!/usr/bin/env bash
# Survey submissions per second: the real app against the naive baseline (bench NaiveBaseline), in the same run,
# alternating, with wrk. See docs/performance.md ("Submissions").
#
#   bench/submissions/run.sh [--variant plain|slowdisk|cpu] [--rounds 3] [--duration 20] [--connections 32]
#                            [--warmup 10] [--app-dir DIR] [--before-dir DIR] [--no-build]
#
# plain     the disk as it is
# slowdisk  LD_PRELOAD shim (fsync_delay.c, built here with gcc) adds 2 ms to every fsync/fdatasync of both servers
# cpu       two busy loops keep both cores busy while wrk runs (started before, ended after, by their own pids)
# --app-dir    a folder holding another build of SalesMarketingAlignment.Web.dll to measure as "app"
# --before-dir a second build (e.g. main's, copied from src/SalesMarketingAlignment.Web/bin/Release/net10.0) measured
#              as "before" in the same rounds, so a change is compared with what it replaces under the same load
#
# Each round starts each server on a fresh copy of the seeded database (10,000 responses), warms it up (10 s by
# default: on a busy machine the JIT's tier-1 recompilation of a large app goes on for many seconds, and that is
# start-up, not the cost of a submission), then runs wrk. It prints, per server and round: submissions/s, p50/p99 latency, non-2xx, the server's CPU per
# submission, the load average before the round, rows added against 2xx answers, and (app) whether the tallies equal
# a recount of the rows.
set -euo pipefail

variant=plain rounds=3 duration=20 warmup=10 connections=32 app_dir="" before_dir="" build=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --variant) variant=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --app-dir) app_dir=$2; shift 2 ;;
    --before-dir) before_dir=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/bench/submissions"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if [[ $build == 1 ]]; then
  dotnet build -c Release "$root/bench/SalesMarketingAlignment.Benchmarks" -v q >/dev/null
fi
bench_dll="$root/bench/SalesMarketingAlignment.Benchmarks/bin/Release/net10.0/SalesMarketingAlignment.Benchmarks.dll"
app_dir=${app_dir:-$root/src/SalesMarketingAlignment.Web/bin/Release/net10.0}
preload=""
if [[ $variant == slowdisk ]]; then
  gcc -shared -fPIC -O2 -o "$here/fsync_delay.so" "$here/fsync_delay.c" -ldl
  preload="$here/fsync_delay.so"
fi

work=$(mktemp -d /tmp/sma-submissions-XXXXXX)
server_pid="" busy_pids=()
cleanup() {
  [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null || true
  for p in "${busy_pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# A loopback port nobody listens on (other people's servers may run on this machine).
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    ss -ltn | awk '{print $4}' | grep -q ":$port\$" || { echo "$port"; return; }
  done
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
rows() { sqlite3 "$1" 'SELECT COUNT(*) FROM "Responses";'; }

# 0 when every tally equals a recount of the rows: each recounted (group, item, value) has a tally with the same
# count, and there are no other non-zero tallies.
tally_mismatches() {
  local recount="SELECT \"AssessmentId\" AS a, \"Department\" AS d, \"Role\" AS r, 0 AS i, \"Total\" AS v, COUNT(*) AS c FROM \"Responses\" GROUP BY 1, 2, 3, 5"
  for i in $(seq 1 20); do
    local col; col=$(printf 'A%02d' "$i")
    recount+=" UNION ALL SELECT \"AssessmentId\", \"Department\", \"Role\", $i, \"$col\", COUNT(*) FROM \"Responses\" GROUP BY 1, 2, 3, 5"
  done
  sqlite3 "$1" "WITH x AS ($recount) SELECT
    (SELECT COUNT(*) FROM x LEFT JOIN \"ResponseTallies\" t ON t.\"AssessmentId\" = x.a AND t.\"Department\" = x.d AND t.\"Role\" = x.r AND t.\"Item\" = x.i AND t.\"Value\" = x.v WHERE t.\"Count\" IS NOT x.c)
    + (SELECT COUNT(*) FROM \"ResponseTallies\" WHERE \"Count\" <> 0) - (SELECT COUNT(*) FROM x);"
}

start_server() { # target port db
  local target=$1 port=$2 db=$3
  if [[ $target == app || $target == before ]]; then
    local dir=$app_dir; [[ $target == before ]] && dir=$before_dir
    ( cd "$dir" && ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Default="Data Source=$db" \
      Logging__LogLevel__Default=Warning Api__AnonymousPermitsPerMinute=100000000 RateLimits__SurveyResponsesPerMinute=100000000 LD_PRELOAD=$preload \
      exec dotnet SalesMarketingAlignment.Web.dll --urls "http://127.0.0.1:$port" >"$work/$target.log" 2>&1 ) &
  else
    ( LD_PRELOAD=$preload exec dotnet "$bench_dll" baseline --db "$db" --urls "http://127.0.0.1:$port" >"$work/$target.log" 2>&1 ) &
  fi
  server_pid=$!
  for _ in $(seq 1 240); do
    kill -0 "$server_pid" 2>/dev/null || break
    curl -s -o /dev/null "http://127.0.0.1:$port/" && return 0
    sleep 0.25
  done
  echo "$target did not start:" >&2; cat "$work/$target.log" >&2; exit 1
}

printf '%-8s %-5s %-8s %10s %8s %8s %6s %12s %16s %14s %8s\n' variant round server "subm/s" "p50 ms" "p99 ms" non2xx "CPU ms/subm" "load avg" "rows-2xx" tallies
for round in $(seq 1 "$rounds"); do
  order=(app baseline); (( round % 2 == 0 )) && order=(baseline app)
  [[ -n $before_dir ]] && order=(before "${order[@]}") && (( round % 2 == 0 )) && order=("${order[@]:1}" before)
  for target in "${order[@]}"; do
    port=$(free_port)
    db="$work/$target-$round.db"
    token=$(dotnet "$bench_dll" submissions-db "$db" | tail -1)
    start_server "$target" "$port" "$db"
    url="http://127.0.0.1:$port/api/v1/surveys/$token/responses"
    wrk -t2 -c"$connections" -d"${warmup}s" -s "$here/submission.lua" "$url" >/dev/null
    sleep 1 # let the warm-up's last requests finish before counting rows
    if [[ $variant == cpu ]]; then
      for _ in 1 2; do ( while :; do :; done ) & busy_pids+=($!); done
      sleep 1
    fi
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    before_rows=$(rows "$db") before_cpu=$(cpu_ticks "$server_pid")
    wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$here/submission.lua" "$url" >"$work/wrk.txt"
    after_cpu=$(cpu_ticks "$server_pid")
    for p in "${busy_pids[@]}"; do kill "$p" 2>/dev/null || true; done
    busy_pids=()
    sleep 0.5
    kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
    total=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
    non2xx=$(awk '/Non-2xx/ {print $5}' "$work/wrk.txt"); non2xx=${non2xx:-0}
    rps=$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")
    p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
    added=$(( $(rows "$db") - before_rows ))
    cpu_ms=$(awk -v t=$((after_cpu - before_cpu)) -v hz="$(getconf CLK_TCK)" -v n="$total" 'BEGIN {printf "%.3f", t * 1000 / hz / n}')
    tallies="-"; [[ $target != baseline ]] && tallies=$( [[ $(tally_mismatches "$db") == 0 ]] && echo equal || echo DIFFER )
    printf '%-8s %-5s %-8s %10s %8s %8s %6s %12s %16s %14s %8s\n' "$variant" "$round" "$target" "$rps" "$p50" "$p99" "$non2xx" "$cpu_ms" "$load" "$((added - (total - non2xx)))" "$tallies"
    rm -f "$db" "$db-wal" "$db-shm"
  done
done

#!/usr/bin/env bash
# The one test command (README, .ci/run): installs what is missing, builds with warnings as errors, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/ensure-test-prerequisites.sh

dotnet build SalesMarketingAlignment.sln -c Release -warnaserror -nologo -v q
log=$(mktemp)
status=0
dotnet test SalesMarketingAlignment.sln -c Release --no-build -nologo "$@" 2>&1 | tee "$log" || status=$?

# One closing line over all test projects, e.g. "Tests: 120 passed, 0 failed".
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "Tests: $passed passed, $failed failed, $skipped skipped"
[ "$passed" -gt 0 ] || { echo "No test ran." >&2; exit 1; }
[ "$failed" -eq 0 ] || exit 1
exit "$status"

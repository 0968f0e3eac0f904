#!/usr/bin/env bash
# Installs what the test suite needs, only what is missing. Idempotent; safe to run every time.
# - apt: poppler-utils, qpdf (PDF checks); chromium (browser tests, launched by Playwright from /usr/bin/chromium);
#   a Java runtime for the Nu HTML Checker (vnu.jar) when no `java` is on PATH; postgresql (the tests start a
#   throwaway cluster of their own from its binaries) and nginx (the two-instance test runs it in the foreground).
# - npm: vnu-jar (Nu HTML Checker) and @redocly/cli (lints the OpenAPI document in the Web tests) into
#   tests/SalesMarketingAlignment.BrowserTests/node_modules, from its lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(poppler-utils qpdf)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
[ -x /usr/sbin/nginx ] || missing+=(nginx)

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing missing system packages: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

browser_tests=tests/SalesMarketingAlignment.BrowserTests
if [ ! -f "$browser_tests/node_modules/vnu-jar/build/dist/vnu.jar" ] || [ ! -x "$browser_tests/node_modules/.bin/redocly" ]; then
  echo "Installing npm packages of the tests (vnu-jar, @redocly/cli)"
  (cd "$browser_tests" && npm ci --no-audit --no-fund --loglevel=error)
fi

#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: Debian's Chromium and Firefox ESR (the browser
# tests run in both) and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian's packages (one time)..."
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# npm ci when the lock file changed since the last install (or nothing is installed yet).
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.tbyp-lock; then
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.tbyp-lock
fi

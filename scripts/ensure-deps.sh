#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: Debian's Chromium and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Chromium from Debian's packages (one time)..."
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

# npm ci when the lock file changed since the last install (or nothing is installed yet).
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.tbyp-lock; then
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.tbyp-lock
fi

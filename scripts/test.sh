#!/usr/bin/env bash
# Every test: unit tests, the rules packs' own examples, and the browser tests in a real Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npm test

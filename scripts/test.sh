#!/usr/bin/env bash
# Every test: unit tests, the rules packs' own examples, and the browser tests in real Chromium and Firefox ESR.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npm test

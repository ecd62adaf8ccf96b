#!/usr/bin/env bash
# Builds the extension and opens it in Chromium on the practice page
# (or, with no display, shows `tbyp check` on an example draft).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npm run dev

#!/usr/bin/env bash
# What the browser tests need: Debian's Chromium, and the web app's front end built from npm.
# Usage: .ci/browser.sh   (from the repository root; needs root for apt-get)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi
/usr/bin/chromium --version

cd src/frontlines/web
npm ci --no-audit --no-fund
npm run build
npm test   # the front end's pure functions (node --test)

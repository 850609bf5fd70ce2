#!/bin/sh
# Installs the pinned MCP conformance runner, Node 22 (the runner needs it; Debian's node is older) and the
# reference MCP servers from package-lock.json into tests/mcp/npm/node_modules. Offline-safe: an install that
# already matches the lockfile is kept as it is.
set -eu
cd "$(dirname "$0")/npm"
if [ -f node_modules/.package-lock.json ] && cmp -s package-lock.json node_modules/.confab-installed-lock; then
    exit 0
fi
npm ci --ignore-scripts --no-audit --no-fund --prefer-offline
cp package-lock.json node_modules/.confab-installed-lock

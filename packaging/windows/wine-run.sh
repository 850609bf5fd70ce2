#!/usr/bin/env bash
# The CMAKE_CROSSCOMPILING_EMULATOR of Windows cross builds: runs a Windows program under Wine in the build
# folder's own prefix, with the SDK's DLLs on the Windows PATH, and gives its output back with Unix line ends
# (Catch2's test discovery and ctest's output checks read lines). Usage: wine-run.sh PREFIX SDK PROGRAM [ARGS...]
set -uo pipefail
export WINEPREFIX=$1 WINEARCH=win64 WINEDEBUG=${WINEDEBUG:--all}
sdk=$2
shift 2
# Wine maps the Unix root to drive Z:; Windows programs look up DLLs along PATH, which Wine builds from WINEPATH.
export WINEPATH="Z:${sdk//\//\\}\\bin"
# Wine's own first-start dialogs and Mono/Gecko installers have no place in a test run.
export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-"mscoree,mshtml="}
wine=$(command -v wine64 || echo /usr/lib/wine/wine64)
# A new prefix takes about 15 s to make; parallel runs wait for the first one to make it.
mkdir -p "$WINEPREFIX"
(
  flock 9
  [ -f "$WINEPREFIX/system.reg" ] || "$wine" wineboot --init > /dev/null 2>&1
) 9> "$WINEPREFIX/.confab-init.lock"
# The program's output goes through files, not pipes: the Wine processes a program may start (services.exe and
# its friends for the first program of a wineserver, explorer.exe for a desktop) inherit its Unix stdout and
# stderr and live on after it, so a pipe would never reach its end and ctest would wait for it until its timeout.
out=$(mktemp)
err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
"$wine" "$@" > "$out" 2> "$err"
status=$?
tr -d '\r' < "$err" >&2
tr -d '\r' < "$out"
exit "$status"

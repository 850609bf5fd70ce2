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
"$wine" "$@" 2> >(tr -d '\r' >&2) | tr -d '\r'
status=${PIPESTATUS[0]}
wait
exit "$status"

#!/usr/bin/env bash
# Runs a Windows build (packaging/windows/cross-build.sh BUILD_DIR) under Wine: the test suite (wine-suite.py: one
# Wine process per Catch2 runner, the rest through ctest), then
# the NSIS installer, installed silently for the current user, and the installed program: `confab.exe --version`
# and `confab.exe sessions` in a console, and the window, photographed into BUILD_DIR/windows-wine.png (96 dpi)
# and BUILD_DIR/windows-wine-hidpi.png (192 dpi).
# Usage: packaging/windows/cross-test.sh BUILD_DIR [--installed-only]
# --installed-only skips the test suite (for a build made with cross-build.sh --no-tests).
set -euo pipefail
[ $# -eq 1 ] || { [ $# -eq 2 ] && [ "$2" = --installed-only ]; } || { echo "usage: $0 BUILD_DIR [--installed-only]" >&2; exit 2; }
suite=1
[ "${2:-}" = --installed-only ] && suite=0
repo=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "$1" && pwd)
. "$repo/packaging/windows/sdk.sh"
confab_find_win_sdk "$repo"

export WINEPREFIX=$build/wineprefix WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
wine=$(command -v wine64 || echo /usr/lib/wine/wine64)
wineserver=$(command -v wineserver || echo /usr/lib/wine/wineserver)
mkdir -p "$WINEPREFIX"

# One X server for the whole run: widget tests draw real windows (this Qt has no offscreen platform).
# A common monitor: at 192 dpi Qt lays the window out on 960×600 logical pixels, more than its smallest width.
screen_size=1920x1200
Xvfb -displayfd 3 -screen 0 ${screen_size}x24 -nolisten tcp 3> "$build/xvfb-display" > "$build/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -s "$build/xvfb-display" ] && break; sleep 0.1; done
export DISPLAY=:$(cat "$build/xvfb-display")
cleanup() {
  "$wineserver" -k 2> /dev/null || true
  kill "$xvfb_pid" 2> /dev/null || true
}
trap cleanup EXIT

# A persistent wineserver spares every test process Wine's start-up.
[ -f "$WINEPREFIX/system.reg" ] || { "$wine" wineboot --init > /dev/null 2>&1; "$wineserver" -w; }
"$wineserver" -p
# The suite runs at Windows' default 96 dpi, also in a prefix whose last run ended on the 192-dpi picture.
"$wine" reg add 'HKCU\Control Panel\Desktop' /v LogPixels /t REG_DWORD /d 96 /f > /dev/null

# --- the test suite -----------------------------------------------------------------------------------------
[ $suite -eq 1 ] || echo "cross-test: the test suite is not run (--installed-only)"
status=0
if [ $suite -eq 1 ]; then
  echo "cross-test: left out under Wine (packaging/windows/wine-exclusions.txt):"
  grep -v '^#' "$repo/packaging/windows/wine-exclusions.txt" | sed 's/^/  /'
  python3 "$repo/packaging/windows/wine-suite.py" "$build" "$repo/packaging/windows/wine-exclusions.txt" || status=1
fi

# --- the installer ------------------------------------------------------------------------------------------
setup=$(ls "$build"/Confab-*-Windows-setup.exe)
"$wine" "$setup" /S
# The wineserver is persistent (-p above), so `wineserver -w` would never return: wait for the installed files.
installed=
for _ in $(seq 120); do
  installed=$(find "$WINEPREFIX/drive_c/users" -path '*/AppData/Local/Programs/Confab/bin/confab.exe' | head -n 1)
  [ -n "$installed" ] && [ -f "$(dirname "$installed")/../Uninstall.exe" ] && break
  sleep 0.5
done
if [ -z "$installed" ]; then
  echo "cross-test: FAIL: the installer put no confab.exe under %LOCALAPPDATA%\\Programs\\Confab" >&2
  exit 1
fi
bin=$(dirname "$installed")
echo "cross-test: installed $(find "$bin/.." -type f | wc -l) files into $(dirname "$bin")"
[ -f "$bin/../Uninstall.exe" ] || { echo "cross-test: FAIL: no uninstaller" >&2; status=1; }
find "$WINEPREFIX/drive_c/users" -path '*Start Menu/Programs/Confab/Confab.lnk' | grep -q . \
  || { echo "cross-test: FAIL: no Start-menu shortcut" >&2; status=1; }

# The installed program runs on what the installer brought: no SDK on its PATH. Its console output has Windows
# line ends.
run_installed() { (cd "$bin" && env -u WINEPATH "$wine" ./confab.exe "$@") | tr -d '\r'; }
version=$(run_installed --version)
echo "cross-test: confab.exe --version: $version"
expected="confab $(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' "$repo/CMakeLists.txt" | head -n 1)"
[ "$version" = "$expected" ] || { echo "cross-test: FAIL: expected '$expected'" >&2; status=1; }
if sessions=$(run_installed sessions); then
  echo "cross-test: confab.exe sessions: ok (${#sessions} bytes)"
else
  echo "cross-test: FAIL: confab.exe sessions exited with an error" >&2; status=1
fi
store=$(find "$WINEPREFIX/drive_c/users" -path '*/AppData/Local/Confab/Confab/confab.sqlite' | head -n 1)
[ -n "$store" ] && echo "cross-test: the store is $store" \
  || { echo "cross-test: FAIL: no store under %LOCALAPPDATA%\\Confab" >&2; status=1; }

# The window, as the Start-menu entry opens it (confabw.exe), photographed once it has painted: at Windows'
# default 96 dpi, then at 192 dpi (200 %, a common laptop setting), where Qt scales the whole window by two.
photograph_window() {
  "$wine" reg add 'HKCU\Control Panel\Desktop' /v LogPixels /t REG_DWORD /d "$1" /f > /dev/null
  (cd "$bin" && env -u WINEPATH "$wine" ./confabw.exe > "$build/confabw-$1dpi.log" 2>&1 &)
  sleep 20
  import -display "$DISPLAY" -window root "$build/$2"
  echo "cross-test: screenshot of the installed window at $1 dpi: $build/$2"
  # The whole window on the screen, also where the place it was closed at came from another display scale.
  local size
  size=$(xdotool search --onlyvisible --name '^Confab$' getwindowgeometry 2>/dev/null | sed -n 's/^ *Geometry: //p' | head -n 1)
  echo "cross-test: the window at $1 dpi is ${size:-not found} on a ${screen_size} screen"
  if [ -z "$size" ] || [ "${size%x*}" -gt "${screen_size%x*}" ] || [ "${size#*x}" -gt "${screen_size#*x}" ]; then
    echo "cross-test: FAIL: the window does not fit the screen at $1 dpi" >&2
    status=1
  fi
  # taskkill without /f asks the window to close, as its close button does.
  "$wine" taskkill /im confabw.exe > /dev/null 2>&1 || true
  sleep 2
}
# 96 dpi first: the window closes there and opens next at 192 dpi, as after a change of Windows' display scale.
photograph_window 96 windows-wine.png
photograph_window 192 windows-wine-hidpi.png

[ $status -eq 0 ] && echo "cross-test: OK" || echo "cross-test: FAILURES" >&2
exit $status

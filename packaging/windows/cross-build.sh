#!/usr/bin/env bash
# Builds Confab for 64-bit Windows on Linux: the program, its tests and its NSIS installer, with mingw-w64 against
# the Confab Windows SDK (packaging/windows/sdk.sh finds it). Usage: packaging/windows/cross-build.sh BUILD_DIR
# packaging/windows/cross-test.sh BUILD_DIR then runs the tests and the installer under Wine.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 BUILD_DIR" >&2; exit 2; }
repo=$(cd "$(dirname "$0")/../.." && pwd)
build=$(mkdir -p "$1" && cd "$1" && pwd)
. "$repo/packaging/windows/sdk.sh"
confab_find_win_sdk "$repo"

launcher=()
if command -v ccache > /dev/null; then
  launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S "$repo" -B "$build" -G Ninja \
  -DCMAKE_TOOLCHAIN_FILE="$repo/cmake/toolchains/mingw-w64-x86_64.cmake" \
  -DCONFAB_WIN_SDK="$CONFAB_WIN_SDK" \
  -DCMAKE_BUILD_TYPE=Release \
  -DCONFAB_BUILD_TESTS=ON \
  "${launcher[@]}"
cmake --build "$build"
(cd "$build" && cpack -G NSIS)

#!/usr/bin/env bash
# Builds Confab for 64-bit Windows on Linux: the program, its tests and its NSIS installer, with mingw-w64 against
# the Confab Windows SDK (packaging/windows/sdk.sh finds it).
# Usage: packaging/windows/cross-build.sh BUILD_DIR [--no-tests]
# --no-tests builds only the programs and the installer (quicker, for a look at the installed program).
# packaging/windows/cross-test.sh BUILD_DIR then runs the tests and the installer under Wine.
set -euo pipefail
[ $# -eq 1 ] || { [ $# -eq 2 ] && [ "$2" = --no-tests ]; } || { echo "usage: $0 BUILD_DIR [--no-tests]" >&2; exit 2; }
tests=ON
[ "${2:-}" = --no-tests ] && tests=OFF
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
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_UNITY_BUILD=ON -DCMAKE_UNITY_BUILD_BATCH_SIZE=16 \
  -DCONFAB_BUILD_TESTS=$tests \
  "${launcher[@]}"
cmake --build "$build"
(cd "$build" && cpack -G NSIS)

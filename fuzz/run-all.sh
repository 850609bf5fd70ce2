#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build-fuzz/ and runs each on its seed corpus for SECONDS (default
# 30). Fails on the first crash, leak, sanitizer report or timeout; the input that caused it is kept as
# build-fuzz/fuzz-artifacts/<target>/crash-… (or timeout-…, oom-…).
# Usage: fuzz/run-all.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-30}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(sse chunk fal_response fal_pricing history_import image document markdown mcp_message mcp_auth
                                    sealed_segment snapshot)

if ! command -v clang++ >/dev/null || ! compgen -G "/usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a" >/dev/null; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "run-all: installing clang and libclang-rt-14-dev" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev
fi

cmake -S . -B build-fuzz -G Ninja -DCONFAB_FUZZ=ON -DCMAKE_UNITY_BUILD=ON -DCMAKE_UNITY_BUILD_BATCH_SIZE=16 -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
  -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang >/dev/null
cmake --build build-fuzz --target "${targets[@]/#/fuzz_}"

# Per target: the longest input worth trying and the slowest single run that is not a hang.
declare -A max_len=([sse]=65536 [chunk]=65536 [fal_response]=65536 [fal_pricing]=65536 [history_import]=262144 [image]=65536 [document]=65536
                    [markdown]=32768 [mcp_message]=65536 [mcp_auth]=65536 [sealed_segment]=262144
                    [snapshot]=262144)
declare -A timeout=([sse]=10 [chunk]=10 [fal_response]=10 [fal_pricing]=10 [history_import]=20 [image]=30 [document]=10 [markdown]=30
                    [mcp_message]=10 [mcp_auth]=10 [sealed_segment]=20 [snapshot]=20)

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
for target in "${targets[@]}"; do
  corpus=build-fuzz/fuzz-corpus/$target
  artifacts=build-fuzz/fuzz-artifacts/$target
  mkdir -p "$corpus" "$artifacts"
  echo "run-all: fuzz_$target for ${seconds}s" >&2
  # New inputs go to the build folder's corpus; the checked-in seeds stay as they are.
  build-fuzz/fuzz/fuzz_"$target" "$corpus" "fuzz/corpus/$target" \
    -max_total_time="$seconds" -max_len="${max_len[$target]}" -timeout="${timeout[$target]}" \
    -rss_limit_mb=3072 -print_final_stats=1 -artifact_prefix="$artifacts/"
done

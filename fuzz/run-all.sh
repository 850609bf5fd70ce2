#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in build-fuzz/ and runs each on its seed corpus for SECONDS (default
# 30), one a core at a time. Fails on a crash, leak, sanitizer report or timeout; the input that caused it is
# kept as build-fuzz/fuzz-artifacts/<target>/crash-… (or timeout-…, oom-…), the output in build-fuzz/fuzz-logs/.
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
fuzz_one() {
  local target=$1
  local corpus=build-fuzz/fuzz-corpus/$target artifacts=build-fuzz/fuzz-artifacts/$target
  mkdir -p "$corpus" "$artifacts"
  # New inputs go to the build folder's corpus; the checked-in seeds stay as they are.
  build-fuzz/fuzz/fuzz_"$target" "$corpus" "fuzz/corpus/$target" \
    -max_total_time="$seconds" -max_len="${max_len[$target]}" -timeout="${timeout[$target]}" \
    -rss_limit_mb=3072 -print_final_stats=1 -artifact_prefix="$artifacts/" > "build-fuzz/fuzz-logs/$target.log" 2>&1
}

# A libFuzzer process runs one worker, so one fuzzer a core: two at a time on the 2-core build machine halve
# the run without shortening any fuzzer's time. A batch with a finding ends the run once its logs are shown.
jobs=$(nproc)
mkdir -p build-fuzz/fuzz-logs
for ((first = 0; first < ${#targets[@]}; first += jobs)); do
  batch=("${targets[@]:first:jobs}")
  pids=()
  for target in "${batch[@]}"; do
    echo "run-all: fuzz_$target for ${seconds}s" >&2
    fuzz_one "$target" &
    pids+=($!)
  done
  found=0
  for k in "${!batch[@]}"; do
    if wait "${pids[$k]}"; then
      cat "build-fuzz/fuzz-logs/${batch[$k]}.log"
    else
      found=1
      cat "build-fuzz/fuzz-logs/${batch[$k]}.log"
      echo "run-all: fuzz_${batch[$k]} FAILED; the input is in build-fuzz/fuzz-artifacts/${batch[$k]}/" >&2
    fi
  done
  [ $found -eq 0 ] || exit 1
done

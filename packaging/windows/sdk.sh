# Sourced by cross-build.sh and cross-test.sh: finds the Confab Windows SDK and sets CONFAB_WIN_SDK.
# An explicit CONFAB_WIN_SDK wins; otherwise the archive beside the repository (../shared/toolchains/) is checked
# against its SHA256SUMS and unpacked once into ~/.cache/confab-win-sdk/<checksum>/.
confab_find_win_sdk() {
  local repo=$1
  if [ -n "${CONFAB_WIN_SDK:-}" ]; then
    [ -d "$CONFAB_WIN_SDK/lib/cmake/Qt6" ] || { echo "CONFAB_WIN_SDK=$CONFAB_WIN_SDK has no lib/cmake/Qt6" >&2; return 1; }
    return 0
  fi
  local dir="" candidate
  for candidate in "$repo/../shared/toolchains" "$repo/../../shared/toolchains"; do
    if [ -f "$candidate/SHA256SUMS" ]; then dir=$(cd "$candidate" && pwd); break; fi
  done
  [ -n "$dir" ] || { echo "no Windows SDK: set CONFAB_WIN_SDK or put the archive in ../shared/toolchains/" >&2; return 1; }
  local line sum name
  line=$(grep 'confab-win-sdk-.*\.tar\.xz' "$dir/SHA256SUMS" | head -n 1)
  sum=${line%% *}
  name=${line##* }
  local cache=${XDG_CACHE_HOME:-$HOME/.cache}/confab-win-sdk/$sum
  if [ ! -f "$cache/confab-win-sdk/lib/cmake/Qt6/Qt6Config.cmake" ]; then
    (cd "$dir" && echo "$sum  $name" | sha256sum --check --quiet) || { echo "checksum mismatch: $dir/$name" >&2; return 1; }
    rm -rf "$cache.partial"
    mkdir -p "$cache.partial"
    tar -xJf "$dir/$name" -C "$cache.partial"
    rm -rf "$cache"
    mv "$cache.partial" "$cache"
  fi
  export CONFAB_WIN_SDK=$cache/confab-win-sdk
}

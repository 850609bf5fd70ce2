#!/usr/bin/env bash
# Installs what Confab needs from the distribution, so the README's commands work on a fresh
# Debian bookworm / Ubuntu machine. The package list lives here and only here. The mingw-w64 compiler, Wine and NSIS
# build, test and package the Windows version (packaging/windows/cross-build.sh, cross-test.sh; python3 runs
# its suite under Wine).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-svg-dev libqt6svg6 qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-qpa-plugins libgl-dev libfontconfig-dev
  qtkeychain-qt6-dev catch2 libsodium-dev
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  imagemagick xdotool sqlite3
  clang libclang-rt-14-dev
  g++-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 wine64 nsis python3
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "bootstrap: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

#!/usr/bin/env bash
# Builds the .deb the way a release does, installs it on this machine with apt, and checks it as a user would meet
# it: lintian finds no errors, the launcher and AppStream files validate, `confab --version` answers, the window
# opens under Xvfb (a screenshot is kept), and purging the package leaves nothing behind but the user's data.
#
# With --upgrade-from COMMIT it first builds and installs the package of that older commit (in a temporary git
# worktree), lets it create its store, then installs the new package over it and checks that the history is kept.
#
# Installs into the running system (no container engine here), so it refuses to run while a confab package is
# already installed, and it purges what it installed before it exits.
#
# Usage: packaging/linux/check-package.sh [--build-dir DIR] [--upgrade-from COMMIT] [--screenshot FILE]
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build_dir="$root/build/pack"
upgrade_from=""
screenshot=""

while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build_dir=$(realpath -m "$2"); shift 2 ;;
    --upgrade-from) upgrade_from="$2"; shift 2 ;;
    --screenshot) screenshot=$(realpath -m "$2"); shift 2 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "check-package: unknown argument $1" >&2; exit 2 ;;
  esac
done
screenshot=${screenshot:-$build_dir/check/confab-window.png}

say() { printf '\n== %s\n' "$*"; }
fail() { echo "check-package: FAILED: $*" >&2; exit 1; }

if [ "$(id -u)" -ne 0 ]; then
  fail "installing the package needs root; run it with sudo"
fi
if dpkg-query -W -f='${Status}' confab 2>/dev/null | grep -q "installed"; then
  fail "a confab package is already installed; remove it first so this check starts from a clean system"
fi

# Only this script needs these tools, so it brings them itself rather than the developer bootstrap.
tools=(lintian desktop-file-utils appstream dpkg-dev fakeroot file xvfb xauth x11-utils imagemagick dbus
  sqlite3 git)
missing=()
for p in "${tools[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing check tools: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/confab-check-XXXXXX")
worktree=""
# The package's dependencies that apt brings in are removed again at the end, so the machine is left as found.
dpkg-query -W -f='${Package}\n' | sort >"$scratch/packages-before.txt"
cleanup() {
  if dpkg-query -W -f='${Status}' confab 2>/dev/null | grep -q "installed"; then
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq confab >/dev/null || true
  fi
  mapfile -t brought < <(dpkg-query -W -f='${Package}\n' | sort | comm -13 "$scratch/packages-before.txt" -)
  if [ ${#brought[@]} -gt 0 ]; then
    echo "check-package: removing the dependencies it installed: ${brought[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "${brought[@]}" >/dev/null || true
  fi
  if [ -n "$worktree" ]; then
    git -C "$root" worktree remove --force "$worktree" 2>/dev/null || true
    git -C "$root" worktree prune
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT

# A throw-away user, so the store, cache and settings land in the standard places of a HOME we can inspect.
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run"
unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME CONFAB_DATA_DIR
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
data_dir="$HOME/.local/share/Confab/Confab"

# build_deb SOURCE_DIR BUILD_DIR [extra cpack arguments...]: prints the path of the .deb it made.
build_deb() {
  local src=$1 out=$2
  shift 2
  local project_include=()
  # Commits from before packaging existed still get packaged the same way, so an upgrade from them can be tried.
  if [ ! -f "$src/cmake/Packaging.cmake" ]; then
    project_include=(-DCMAKE_PROJECT_INCLUDE="$root/cmake/Packaging.cmake")
  fi
  cmake -S "$src" -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCONFAB_BUILD_TESTS=OFF \
    "${project_include[@]}" >"$out.configure.log" 2>&1 || { cat "$out.configure.log" >&2; return 1; }
  cmake --build "$out" -j2 >"$out.build.log" 2>&1 || { tail -50 "$out.build.log" >&2; return 1; }
  rm -f "$out"/*.deb
  (cd "$out" && cpack -G DEB "$@" >"$out.cpack.log" 2>&1) || { cat "$out.cpack.log" >&2; return 1; }
  ls "$out"/*.deb
}

# run_window SHOT: opens the installed app's window on a fresh X display, waits for it to be mapped,
# takes a screenshot, then ends the app.
run_window() {
  local shot=$1
  cat >"$scratch/window.sh" <<'EOF'
set -eu
confab >"$SCRATCH/window.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  if xwininfo -root -tree 2>/dev/null | grep -q '"Confab"'; then break; fi
  kill -0 "$pid" 2>/dev/null || { echo "confab exited before showing its window" >&2; exit 1; }
  sleep 0.2
done
xwininfo -root -tree | grep -q '"Confab"' || { echo "no Confab window appeared" >&2; kill "$pid"; exit 1; }
# The window is mapped before its first paint has reached the X server.
sleep 2
import -window root "$SHOT"
kill "$pid"
wait "$pid" 2>/dev/null || true
EOF
  SCRATCH="$scratch" SHOT="$shot" xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash "$scratch/window.sh" ||
    { cat "$scratch/window.log" >&2; return 1; }
  sed 's/^/  confab: /' "$scratch/window.log"
}

apt_install() {
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$1" >"$scratch/apt.log" 2>&1 ||
    { cat "$scratch/apt.log" >&2; return 1; }
}

store_report() {
  if [ -f "$data_dir/confab.sqlite" ]; then
    echo "store: $data_dir/confab.sqlite, schema version $(sqlite3 "$data_dir/confab.sqlite" 'PRAGMA user_version;')"
  else
    echo "store: none yet at $data_dir/confab.sqlite"
  fi
  find "$HOME" -type f -printf '  %P\n' | sort
}

if [ -n "$upgrade_from" ]; then
  say "building the package of $upgrade_from"
  old_commit=$(git -C "$root" rev-parse --verify "$upgrade_from^{commit}")
  worktree="$scratch/old-source"
  git -C "$root" worktree add --detach "$worktree" "$old_commit" >/dev/null
  # A "~" version sorts below every release, so dpkg treats the new package as an upgrade of it.
  old_version="$(sed -n 's/^ *VERSION \([0-9.]*\).*/\1/p' "$worktree/CMakeLists.txt" | head -1)~old.${old_commit:0:10}"
  old_deb=$(build_deb "$worktree" "$scratch/old-build" -D CPACK_DEBIAN_PACKAGE_VERSION="$old_version")

  say "installing $(basename "$old_deb")"
  apt_install "$old_deb"
  confab --version
  run_window "$scratch/old-window.png"
  store_report | tee "$scratch/before-upgrade.txt"
fi

say "building the package of the working tree in $build_dir"
mkdir -p "$(dirname "$screenshot")"
deb=$(build_deb "$root" "$build_dir")
echo "$deb"
dpkg-deb --field "$deb"

say "lintian"
lintian --tag-display-limit 0 "$deb" | tee "$scratch/lintian.txt" || true
if grep -q '^E:' "$scratch/lintian.txt"; then
  fail "lintian reports errors"
fi

say "installing $(basename "$deb")${upgrade_from:+ over the package of $upgrade_from}"
apt_install "$deb"
dpkg-query -L confab | sort >"$scratch/installed-paths.txt"
app_id=app.confab.Confab
for f in /usr/bin/confab /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml \
  /usr/share/icons/hicolor/scalable/apps/$app_id.svg /usr/share/icons/hicolor/48x48/apps/$app_id.png \
  /usr/share/doc/confab/copyright; do
  [ -f "$f" ] || fail "$f is not installed"
done
desktop-file-validate /usr/share/applications/$app_id.desktop
appstreamcli validate --no-net /usr/share/metainfo/$app_id.metainfo.xml
grep -q "image/webp" /usr/share/applications/mimeinfo.cache ||
  fail "the desktop database does not offer Confab for images"

say "confab --version"
version=$(confab --version)
echo "$version"
expected="confab $(sed -n 's/^ *VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt" | head -1)"
[ "$version" = "$expected" ] || fail "confab --version printed '$version', expected '$expected'"

say "opening the window under Xvfb"
run_window "$screenshot"
echo "screenshot: $screenshot"
store_report | tee "$scratch/after-install.txt"

if [ -n "$upgrade_from" ]; then
  say "checking the upgrade kept the history"
  while IFS= read -r kept; do
    case "$kept" in "  "*) [ -f "$HOME/${kept#  }" ] || fail "the upgrade lost ${kept#  }" ;; esac
  done <"$scratch/before-upgrade.txt"
  diff "$scratch/before-upgrade.txt" "$scratch/after-install.txt" || true
fi

say "purging the package"
find "$HOME" -type f | sort >"$scratch/user-files-before-purge.txt"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq confab >/dev/null
left=()
while IFS= read -r path; do
  # Shared folders such as /usr/share/icons belong to other packages as well.
  if [ -f "$path" ] || [ -L "$path" ]; then left+=("$path"); fi
  case "$path" in */confab | */confab/*) [ -d "$path" ] && left+=("$path") ;; esac
done <"$scratch/installed-paths.txt"
[ ${#left[@]} -eq 0 ] || fail "left behind after purge: ${left[*]}"
find "$HOME" -type f | sort | diff "$scratch/user-files-before-purge.txt" - ||
  fail "purging the package changed the user's data"
echo "nothing left but the user's data ($(wc -l <"$scratch/user-files-before-purge.txt") files in HOME)"

say "package check passed"

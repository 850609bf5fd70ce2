#!/usr/bin/env bash
# Runs a command the way the test suite needs it: on a virtual X display, inside a private D-Bus session with an
# unlocked gnome-keyring, with a throw-away HOME so nothing touches the user's real keyring or data.
# Usage: tests/run-in-session.sh ctest --preset asan
set -euo pipefail

if [ -z "${CONFAB_IN_TEST_SESSION:-}" ]; then
  export CONFAB_IN_TEST_SESSION=1
  exec xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- "$0" "$@"
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/confab-session-XXXXXX")
cleanup() {
  [ -n "${GNOME_KEYRING_PID:-}" ] && kill "$GNOME_KEYRING_PID" 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT

export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# A non-empty password creates and unlocks the login collection without a graphical prompt
# (see shared/notes/keychain-in-tests.md).
while IFS= read -r line; do
  [ -n "$line" ] && export "${line?}"
done < <(printf 'confab-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)
GNOME_KEYRING_PID=$(pgrep -n -u "$(id -u)" gnome-keyring-d || true)

"$@"

#!/usr/bin/env bash
# Runs every test of a build directory the way CI does: offscreen widgets, and a private session bus
# with an unlocked gnome-keyring in a throw-away HOME so the keychain test talks to a real Secret
# Service without touching the user's own keyring. Arguments after the build directory go to ctest
# (scripts/run-tests.sh build -R 'tst_cloudsync|tst_connectedcli').
set -euo pipefail
build=${1:-build}
build=$(cd "$build" && pwd)
shift $(( $# > 0 ? 1 : 0 ))
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" XDG_CONFIG_HOME="$scratch/home/.config" \
       XDG_DATA_HOME="$scratch/home/.local/share" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
       ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1} \
       UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS
exec dbus-run-session -- bash -c '
  eval "$(printf pipelinedesk | gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL
  ctest --test-dir "$0" --output-on-failure -j2 --label-exclude bench --timeout 900 "$@"
' "$build" "$@"

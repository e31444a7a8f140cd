#!/bin/sh
# Runs a command inside a private D-Bus session with its own unlocked gnome-keyring (the Secret
# Service, secrets only), in a throwaway home: a real keychain for QtKeychain that never touches
# the user's own. The keyring's password is a fixed test value; the folder goes afterwards.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
    printf zorgstem-test | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
    "$@"
' sh "$@"

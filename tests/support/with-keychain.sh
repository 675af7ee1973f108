#!/bin/sh
# Runs a test inside its own D-Bus session with an unlocked gnome-keyring (Secret Service), so
# QtKeychain talks to a real keychain. Usage: with-keychain.sh TEST [ARGS…]
# Each test gets a keyring directory of its own (XDG_DATA_HOME): two daemons creating the login
# keyring in one fresh directory at once, as ctest --parallel starts them, leave one of them
# locked.
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
XDG_DATA_HOME="$data" dbus-run-session -- sh -c 'echo -n dispatchable-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' sh "$@"

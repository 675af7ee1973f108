#!/bin/sh
# Runs a test inside its own D-Bus session with an unlocked gnome-keyring (Secret Service), so
# QtKeychain talks to a real keychain. Usage: with-keychain.sh TEST [ARGS…]
exec dbus-run-session -- sh -c 'echo -n dispatchable-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' sh "$@"

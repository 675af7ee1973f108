#!/bin/sh
# Installs the Debian 12 packages Dispatchable needs to build, test and run, if any are missing.
# Runs apt-get as root (directly, or through sudo). Safe to run again.
set -eu
PACKAGES="cmake ninja-build g++ clang-14 libclang-rt-14-dev lld pkg-config git
qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql postgresql-15 haproxy
qt6-positioning-dev libqt6positioning6-plugins
qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
qt6-svg-dev libqt6svg6 qt6-qpa-plugins
qtkeychain-qt6-dev libphonenumber-dev libsimdjson-dev libssl-dev libdeflate-dev libgl-dev
dbus dbus-x11 gnome-keyring xvfb xauth x11-utils curl openssl poppler-utils
dpkg-dev file desktop-file-utils
make python3 python3-jsonschema"

missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# Node.js and npm run the Teams script test's PowerShell parser (tests/tools/powershell-parse).
# Only when there is no node at all: NodeSource's nodejs, if present, bundles npm and conflicts
# with Debian's npm package.
command -v node >/dev/null 2>&1 || missing="$missing nodejs npm"
[ -z "$missing" ] && exit 0

echo "Installing:$missing"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
# shellcheck disable=SC2086
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
